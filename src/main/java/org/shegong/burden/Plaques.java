package org.shegong.burden;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.calendar.Deadline;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plaques at village/community offices (厅字〔2022〕28号 规范村级组织工作事务、机制牌子和证明事项): the registry (inside or
 * outside, issuing body, photo), the province standard list, excess flagged, and clean-up campaigns tracked until
 * each excess plaque is removed with a photo.
 */
@Service
public class Plaques {

    private final JdbcClient jdbc;
    private final BurdenPermissions permissions;
    private final BurdenProperties properties;
    private final Clock clock;

    Plaques(JdbcClient jdbc, BurdenPermissions permissions, BurdenProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.properties = properties;
        this.clock = clock;
    }

    public record Plaque(PlaqueId id, String villageCode, String position, String title, String issuingBody,
            @Nullable Long standardId, boolean hasPhoto, @Nullable PlaqueCampaignId campaignId, @Nullable LocalDate removedOn,
            boolean hasRemovalPhoto, boolean excess) {
    }

    public record Standard(long id, String position, String title) {
    }

    public record Campaign(PlaqueCampaignId id, String regionCode, String title, LocalDate startsOn, LocalDate endsOn, long excess,
            long removed) {
    }

    /** A photo as uploaded: bytes and declared content type. */
    public record Photo(byte[] bytes, @Nullable String contentType) {
    }

    @Transactional(readOnly = true)
    public List<Standard> standards() {
        return jdbc.sql("select * from burden_plaque_standard order by position desc, id").query(Rows.of(Standard.class)).list();
    }

    @Transactional
    public Plaque hang(StaffPrincipal me, @Nullable String villageCode, @Nullable String position, @Nullable String title,
            @Nullable String issuingBody, @Nullable Photo photo) {
        permissions.require(me, BurdenStep.RECORD_PLAQUE);
        RegionCode village = village(me, villageCode);
        String pos = position == null ? "" : position.strip().toUpperCase(Locale.ROOT);
        if (!pos.equals("INSIDE") && !pos.equals("OUTSIDE")) {
            throw new InvalidInput("position", "burden.plaque.position.invalid");
        }
        String t = Admissions.text("title", title, 100, true);
        String body = Admissions.text("issuingBody", issuingBody, 100, true);
        byte[] bytes = photo == null || photo.bytes().length == 0 ? null : checked(photo, "photo");
        Long standard = jdbc.sql("select id from burden_plaque_standard where position = :p and title = :t")
                .param("p", pos).param("t", t).query(Long.class).optional().orElse(null);
        long stored = jdbc.sql("""
                insert into burden_plaque (village_code, position, title, issuing_body, standard_id, photo, photo_type, hung_by, created_at)
                values (:v, :p, :t, :b, :s, :photo, :type, :by, :now) returning id
                """).param("v", village.value()).param("p", pos).param("t", t).param("b", body).param("s", standard)
                .param("photo", bytes).param("type", bytes == null ? null : photo.contentType())
                .param("by", me.displayName()).param("now", Timestamp.from(clock.instant())).query(Long.class).single();
        return get(me, new PlaqueId(stored));
    }

    /** Records a plaque's removal with a photo of the bare wall (needed for excess plaques of a campaign). */
    @Transactional
    public Plaque remove(StaffPrincipal me, PlaqueId id, @Nullable PlaqueCampaignId campaignId, @Nullable Photo photo) {
        permissions.require(me, BurdenStep.RECORD_PLAQUE);
        Plaque p = get(me, id);
        if (p.removedOn() != null) {
            throw new InvalidInput(null, "burden.plaque.removed");
        }
        if (photo == null || photo.bytes().length == 0) {
            throw new InvalidInput("photo", "burden.plaque.photo.required");
        }
        byte[] bytes = checked(photo, "photo");
        if (campaignId != null) {
            campaign(me, campaignId);
        }
        jdbc.sql("""
                update burden_plaque set removed_on = :d, removal_photo = :photo, removal_photo_type = :type, removed_by = :by,
                  campaign_id = :c, version = version + 1 where id = :id
                """).param("d", LocalDate.now(clock.withZone(Deadline.ZONE))).param("photo", bytes)
                .param("type", photo.contentType()).param("by", me.displayName()).param("c", campaignId == null ? null : campaignId.value()).param("id", id.value())
                .update();
        return get(me, id);
    }

    /**
     * Plaques of a village (or every village inside the caller's scope) still hanging or removed; a non-standard
     * plaque, or one beyond the standard number on its side, is excess.
     */
    @Transactional(readOnly = true)
    public List<Plaque> list(StaffPrincipal me, @Nullable String villageCode) {
        String like = villageCode == null || villageCode.isBlank() ? scopeLike(me) : village(me, villageCode).value();
        return jdbc.sql("""
                select p.id, p.village_code, p.position, p.title, p.issuing_body, p.standard_id, p.photo is not null as has_photo,
                  p.campaign_id, p.removed_on, p.removal_photo is not null as has_removal_photo,
                  (p.removed_on is null and (p.standard_id is null or row_number() over (partition by p.village_code, p.position,
                     p.removed_on is null order by p.standard_id nulls last, p.id) > :std)) as excess
                from burden_plaque p where p.village_code like :like
                order by p.village_code, p.position desc, p.id limit 2000
                """).param("like", like).param("std", properties.standardPlaques()).query(Rows.of(Plaque.class)).list();
    }

    @Transactional(readOnly = true)
    public Plaque get(StaffPrincipal me, PlaqueId id) {
        String village = jdbc.sql("select village_code from burden_plaque where id = :id").param("id", id.value())
                .query(String.class).optional().orElseThrow(() -> new NotFound("plaque", id));
        if (me.scope().assignedOnly() || !me.scope().covers(RegionCode.of(village))) {
            throw new NotFound("plaque", id);
        }
        return list(me, village).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new NotFound("plaque", id));
    }

    /** A plaque's photo ({@code removal}: the removal photo), 404 without one. */
    @Transactional(readOnly = true)
    public Photo photo(StaffPrincipal me, PlaqueId id, boolean removal) {
        get(me, id);
        return jdbc.sql(removal ? "select removal_photo as bytes, removal_photo_type as content_type from burden_plaque where id = :id"
                : "select photo as bytes, photo_type as content_type from burden_plaque where id = :id").param("id", id.value())
                .query(Rows.of(StoredPhoto.class)).optional().filter(p -> p.bytes() != null)
                .map(p -> new Photo(p.bytes(), p.contentType())).orElseThrow(() -> new NotFound("photo", id));
    }

    @Transactional
    public Campaign startCampaign(StaffPrincipal me, @Nullable String title, @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn) {
        permissions.require(me, BurdenStep.MANAGE_CAMPAIGN);
        if (me.scope().assignedOnly()) {
            throw new org.shegong.NotPermitted("burden.rule.role");
        }
        String t = Admissions.text("title", title, 200, true);
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new InvalidInput("endsOn", "burden.campaign.dates");
        }
        long stored = jdbc.sql("""
                insert into burden_campaign (region_code, title, starts_on, ends_on, created_by, created_at)
                values (:r, :t, :s, :e, :by, :now) returning id
                """).param("r", me.unitRegion().value()).param("t", t).param("s", startsOn).param("e", endsOn)
                .param("by", me.displayName()).param("now", Timestamp.from(clock.instant())).query(Long.class).single();
        return campaign(me, new PlaqueCampaignId(stored));
    }

    /** Campaigns covering the caller: excess plaques still hanging in the campaign's region, and those removed under it. */
    @Transactional(readOnly = true)
    public List<Campaign> campaigns(StaffPrincipal me) {
        return jdbc.sql("select id from burden_campaign order by id desc limit 200").query(Long.class).list().stream()
                .map(id -> campaignOrNull(me, new PlaqueCampaignId(id))).filter(java.util.Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public Campaign campaign(StaffPrincipal me, PlaqueCampaignId id) {
        Campaign c = campaignOrNull(me, id);
        if (c == null) {
            throw new NotFound("campaign", id);
        }
        return c;
    }

    private @Nullable Campaign campaignOrNull(StaffPrincipal me, PlaqueCampaignId id) {
        CampaignRow row = jdbc.sql("select region_code, title, starts_on, ends_on from burden_campaign where id = :id")
                .param("id", id.value()).query(Rows.of(CampaignRow.class)).optional().orElse(null);
        if (row == null) {
            return null;
        }
        RegionCode region = RegionCode.of(row.regionCode());
        boolean visible = !me.scope().assignedOnly() && (me.scope().covers(region) || region.contains(me.unitRegion()));
        if (!visible) {
            return null;
        }
        String like = (me.scope().covers(region) ? region.prefix() : me.scope().regionPrefix()) + "%";
        long excess = list(like).stream().filter(Plaque::excess).count();
        long removed = jdbc.sql("select count(*) from burden_plaque where campaign_id = :id and village_code like :like")
                .param("id", id.value()).param("like", like).query(Long.class).single();
        return new Campaign(id, region.value(), row.title(), row.startsOn(), row.endsOn(), excess, removed);
    }

    /** A photo column and its type, both null when no photo was taken. */
    private record StoredPhoto(byte @Nullable [] bytes, @Nullable String contentType) {
    }

    private record CampaignRow(String regionCode, String title, LocalDate startsOn, LocalDate endsOn) {
    }

    private List<Plaque> list(String like) {
        return jdbc.sql("""
                select p.id, p.village_code, p.position, p.title, p.issuing_body, p.standard_id, p.photo is not null as has_photo,
                  p.campaign_id, p.removed_on, p.removal_photo is not null as has_removal_photo,
                  (p.removed_on is null and (p.standard_id is null or row_number() over (partition by p.village_code, p.position,
                     p.removed_on is null order by p.standard_id nulls last, p.id) > :std)) as excess
                from burden_plaque p where p.village_code like :like
                """).param("like", like).param("std", properties.standardPlaques()).query(Rows.of(Plaque.class)).list();
    }

    private byte[] checked(Photo photo, String field) {
        if (photo.bytes().length > properties.photoMaxBytes()) {
            throw new InvalidInput(field, "burden.photo.tooLarge", properties.photoMaxBytes() / 1024);
        }
        String type = photo.contentType() == null ? "" : photo.contentType();
        boolean jpeg = photo.bytes().length > 3 && (photo.bytes()[0] & 0xff) == 0xff && (photo.bytes()[1] & 0xff) == 0xd8;
        boolean png = photo.bytes().length > 8 && (photo.bytes()[0] & 0xff) == 0x89 && photo.bytes()[1] == 'P'
                && photo.bytes()[2] == 'N' && photo.bytes()[3] == 'G';
        // the declared type must be allowed and the bytes must really be that kind of image
        if (!properties.photoTypes().contains(type) || !((type.equals("image/jpeg") && jpeg) || (type.equals("image/png") && png))) {
            throw new InvalidInput(field, "burden.photo.type", String.join(", ", properties.photoTypes()));
        }
        return photo.bytes();
    }

    private RegionCode village(StaffPrincipal me, @Nullable String villageCode) {
        String v = villageCode == null || villageCode.isBlank() ? me.unitRegion().value() : villageCode.strip();
        if (!RegionCode.isWellFormed(v) || RegionCode.of(v).level() != RegionLevel.VILLAGE) {
            throw new InvalidInput("villageCode", "burden.push.village.invalid");
        }
        RegionCode code = RegionCode.of(v);
        if (me.scope().assignedOnly() || !me.scope().covers(code)) {
            throw new NotFound("village", v);
        }
        return code;
    }

    private static String scopeLike(StaffPrincipal me) {
        return me.scope().assignedOnly() ? "-" : me.scope().regionLike();
    }
}

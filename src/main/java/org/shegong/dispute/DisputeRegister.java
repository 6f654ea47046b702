package org.shegong.dispute;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.demand.DemandId;
import org.shegong.demand.DemandManagement;
import org.shegong.identity.PiiKind;
import org.shegong.identity.PiiVault;
import org.shegong.identity.ResidentIdNumber;
import org.shegong.identity.SealedValue;
import org.shegong.identity.StaffPrincipal;
import org.shegong.petition.Category;
import org.shegong.petition.PetitionId;
import org.shegong.petition.PetitionManagement;
import org.shegong.petition.PetitionView;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispute register: registration (walk-in, from a screening, a hotline demand or a petition the registering person
 * sees, or from a care visit), the dispute as a viewer sees it, and lists within the viewer's scope. Every input is
 * checked before anything is written; a bad one is refused whole with a bilingual message.
 */
@Service
public class DisputeRegister {

    static final int MAX_FACTS = 2000;
    static final int MAX_NAME = 50;
    static final int MAX_PLACE = 200;
    static final int MAX_PARTIES = 20;
    static final int MAX_REF = 100;

    private final JdbcClient jdbc;
    private final Disputes disputes;
    private final DisputePermissions permissions;
    private final PiiVault vault;
    private final DemandManagement demands;
    private final PetitionManagement petitions;
    private final RegionDirectory regions;
    private final Committees committees;
    private final Clock clock;

    DisputeRegister(JdbcClient jdbc, Disputes disputes, DisputePermissions permissions, PiiVault vault,
            DemandManagement demands, PetitionManagement petitions, RegionDirectory regions, Committees committees,
            Clock clock) {
        this.jdbc = jdbc;
        this.disputes = disputes;
        this.permissions = permissions;
        this.vault = vault;
        this.demands = demands;
        this.petitions = petitions;
        this.regions = regions;
        this.committees = committees;
        this.clock = clock;
    }

    /** Registers a dispute; a demand or petition source must be one {@code me} sees, and the link is kept. */
    @Transactional
    public DisputeView register(StaffPrincipal me, NewDispute d) {
        permissions.require(me, DisputeStep.REGISTER);
        DisputeSource source = d.source() == null ? DisputeSource.WALK_IN : d.source();
        if (source == DisputeSource.CARE_VISIT) {
            throw new InvalidInput("source", "dispute.source.careOnly");
        }
        String ref = null;
        boolean confidential = false;
        if (source == DisputeSource.DEMAND || source == DisputeSource.PETITION || source == DisputeSource.SCREENING) {
            if (d.sourceId() == null) {
                throw new InvalidInput("sourceId", "dispute.source.required");
            }
            ref = Long.toString(d.sourceId());
        }
        if (source == DisputeSource.DEMAND) {
            if (!permissions.finds(() -> demands.find(me, new DemandId(d.sourceId())))) {
                throw new InvalidInput("sourceId", "dispute.source.unknown", d.sourceId());
            }
        } else if (source == DisputeSource.PETITION) {
            if (!permissions.seesPetition(me, d.sourceId())) {
                throw new InvalidInput("sourceId", "dispute.source.unknown", d.sourceId());
            }
            PetitionView p = petitions.find(me, new PetitionId(d.sourceId()));
            // 信访工作条例 §30 ¶3: an accusation's dispute is seen only by those who see the petition itself
            confidential = p.category() == Category.ACCUSATION;
        } else if (source == DisputeSource.SCREENING) {
            boolean known = jdbc.sql("""
                    SELECT count(*) FROM dispute_screening_item i JOIN dispute_screening s ON s.id = i.screening_id
                     WHERE i.id = :id AND s.grid_code LIKE :like""").param("id", d.sourceId())
                    .param("like", me.scope().regionLike()).query(Long.class).single() > 0;
            if (!known) {
                throw new InvalidInput("sourceId", "dispute.source.unknown", d.sourceId());
            }
        }
        return insert(me, d, source, ref, confidential);
    }

    /**
     * Registers a dispute found on a care visit (source {@code CARE_VISIT}), for the {@code care} module. The same
     * checks as {@link #register}; {@code careVisitRef} is kept as the source reference (at most 100 characters).
     * {@code dispute.source()} and {@code dispute.sourceId()} are ignored.
     *
     * @return the registered dispute as {@code me} sees it
     */
    @Transactional
    public DisputeView registerFromCareVisit(StaffPrincipal me, String careVisitRef, NewDispute dispute) {
        permissions.require(me, DisputeStep.REGISTER);
        if (careVisitRef == null || careVisitRef.isBlank() || careVisitRef.strip().length() > MAX_REF) {
            throw new InvalidInput("sourceRef", "dispute.source.required");
        }
        return insert(me, dispute, DisputeSource.CARE_VISIT, careVisitRef.strip(), false);
    }

    private DisputeView insert(StaffPrincipal me, NewDispute d, DisputeSource source, @Nullable String ref,
            boolean confidential) {
        if (d.kind() == null) {
            throw new InvalidInput("kind", "dispute.kind.required");
        }
        String facts = text(d.facts(), "facts", MAX_FACTS, true);
        String place = text(d.place(), "place", MAX_PLACE, false);
        RegionCode region = region(me, d.regionCode());
        Risk risk = d.risk() == null ? Risk.LOW : d.risk();
        String police = text(d.policeReport(), "policeReport", MAX_FACTS, false);
        // 人民调解法 §25: a dispute that may turn violent is reported to the police at once
        if (risk == Risk.VIOLENCE && police == null) {
            throw new InvalidInput("policeReport", "dispute.police.required");
        }
        List<NewDispute.Party> parties = d.parties() == null ? List.of() : d.parties();
        if (parties.size() < 2 || parties.size() > MAX_PARTIES) {
            throw new InvalidInput("parties", "dispute.parties.count", 2, MAX_PARTIES);
        }
        List<String> names = new ArrayList<>();
        List<SealedValue> ids = new ArrayList<>();
        for (NewDispute.Party p : parties) {
            names.add(text(p == null ? null : p.name(), "parties.name", MAX_NAME, true));
            String id = p == null || p.idNumber() == null || p.idNumber().isBlank() ? null : p.idNumber();
            ids.add(id == null ? null : vault.seal(PiiKind.RESIDENT_ID, new ResidentIdNumber(id).value()));
        }
        Instant now = clock.instant();
        RegionCode village = Level.VILLAGE.regionOf(region);
        long stored = jdbc.sql("""
                INSERT INTO dispute (case_number, kind, facts, region_code, place, risk, source, source_ref, confidential,
                  status, holder_level, holder_region_code, registered_at, registered_by, police_reported_at, police_report)
                VALUES (:tmp, :kind, :facts, :region, :place, :risk, :source, :ref, :confidential, 'REGISTERED', 'VILLAGE',
                  :village, :now, :by, :policeAt, :police) RETURNING id""")
                .param("tmp", UUID.randomUUID().toString()).param("kind", d.kind().name()).param("facts", facts)
                .param("region", region.value()).param("place", place).param("risk", risk.name())
                .param("source", source.name()).param("ref", ref).param("confidential", confidential)
                .param("village", village.value()).param("now", Timestamp.from(now)).param("by", me.displayName())
                .param("policeAt", police == null ? null : Timestamp.from(now)).param("police", police)
                .query(Long.class).single();
        DisputeId id = new DisputeId(stored);
        String year = Integer.toString(LocalDate.now(clock).getYear());
        jdbc.sql("UPDATE dispute SET case_number = :n WHERE id = :id")
                .param("n", "TJ" + region.value().substring(0, 6) + year + String.format("%07d", stored)).param("id", stored).update();
        for (int i = 0; i < names.size(); i++) {
            SealedValue s = ids.get(i);
            jdbc.sql("""
                    INSERT INTO dispute_party (dispute_id, seq, name, id_cipher, id_index, id_masked)
                    VALUES (:d, :seq, :name, :cipher, :index, :masked)""")
                    .param("d", stored).param("seq", i + 1).param("name", names.get(i))
                    .param("cipher", s == null ? null : s.cipher()).param("index", s == null ? null : s.blindIndex())
                    .param("masked", s == null ? null : s.masked()).update();
        }
        disputes.event(id, now, me.displayName(), DisputeStep.REGISTER, source.name() + (ref == null ? "" : " " + ref));
        if (police != null) {
            disputes.event(id, now, me.displayName(), DisputeStep.REPORT_POLICE, police);
        }
        return find(me, id);
    }

    /** A dispute as {@code me} sees it (404 outside the scope or the source petition's visibility). */
    @Transactional(readOnly = true)
    public DisputeView find(StaffPrincipal me, DisputeId id) {
        Disputes.Row d = disputes.find(id).filter(r -> permissions.visible(me, r))
                .orElseThrow(() -> new NotFound("dispute", id));
        return view(me, d);
    }

    /** One row of a list. */
    @Schema(name = "DisputeRegisterLine")
    public record Line(DisputeId id, String caseNumber, DisputeKind kind, String regionCode, Risk risk, DisputeStatus status,
            Level holderLevel, boolean policeReported, @Nullable LocalDate mediationDue, Instant registeredAt,
            String parties) {
    }

    /** Disputes in {@code me}'s scope (hidden confidential ones left out), newest first. */
    @Transactional(readOnly = true)
    public List<Line> list(StaffPrincipal me, boolean openOnly, int limit) {
        permissions.require(me, DisputeStep.VIEW);
        if (me.scope().assignedOnly()) {
            return List.of();
        }
        int max = Math.min(Math.max(limit, 1), 500);
        List<Line> out = new ArrayList<>();
        for (Disputes.Row d : disputes.inRegion(me.scope().regionLike(), openOnly, max)) {
            if (d.confidential() && !permissions.seesPetition(me, d.petitionId())) {
                continue;
            }
            String names = String.join("、", disputes.parties(d.id()).stream().map(DisputeView.PartyView::name).toList());
            out.add(new Line(d.id(), d.caseNumber(), d.kind(), d.region().value(), d.risk(), d.status(), d.holderLevel(),
                    d.policeReportedAt() != null, d.mediationDue(), d.registeredAt(), names));
        }
        return out;
    }

    DisputeView view(StaffPrincipal me, Disputes.Row d) {
        Set<DisputeStep> allowed = permissions.allowed(me, d);
        String sourceRef = d.sourceRef();
        if (d.source() == DisputeSource.DEMAND && sourceRef != null) {
            long demandId = Long.parseLong(sourceRef);
            if (!permissions.finds(() -> demands.find(me, new DemandId(demandId)))) {
                sourceRef = null;
            }
        } else if (d.source() == DisputeSource.PETITION && !permissions.seesPetition(me, d.petitionId())) {
            sourceRef = null;
        }
        Committees.Committee committee = d.committeeId() == null ? null : committees.byId(d.committeeId()).orElse(null);
        return new DisputeView(d.id(), d.version(), d.caseNumber(), d.kind(), d.facts(), d.region().value(),
                name(d.region()), d.place(), d.risk(), d.source(), sourceRef, d.confidential(), d.status(), d.holderLevel(),
                d.holderRegion().value(), name(d.holderRegion()), d.registeredAt(), d.registeredBy(), d.policeReportedAt(),
                d.policeReport(), committee == null ? null : committee.name(), committee == null ? null : committee.members(),
                d.mediationStartedOn(), d.mediationDue(), d.mediationDueNote(), d.extendedDays(), d.agreementFacts(),
                d.agreementTerms(), d.performanceWay(), d.performanceDue(), d.agreedAt(), d.effectiveOn(),
                d.confirmationDue(), d.confirmationDueNote(), d.confirmationOn(), d.performedAt(), d.performanceNote(),
                d.settledAt(), d.settledLevel(), d.failedAt(), d.failureNotice(), disputes.parties(d.id()),
                disputes.sessions(d.id()), disputes.timeline(d.id()), allowed);
    }

    String name(RegionCode code) {
        RegionCode c = code.level() == RegionLevel.GRID ? code.parent() : code;
        List<Region> chain = new ArrayList<>(regions.ancestors(c));
        regions.find(c).ifPresent(chain::add);
        return String.join("", chain.stream().filter(r -> r.level().ordinal() >= RegionLevel.COUNTY.ordinal())
                .map(Region::name).distinct().toList()) + (code.level() == RegionLevel.GRID ? " " + code.value() : "");
    }

    private RegionCode region(StaffPrincipal me, @Nullable String code) {
        if (code == null || !RegionCode.isWellFormed(code.strip())) {
            throw new InvalidInput("regionCode", "dispute.region.invalid", String.valueOf(code));
        }
        RegionCode region = RegionCode.of(code.strip());
        if (region.level() != RegionLevel.VILLAGE && region.level() != RegionLevel.GRID) {
            throw new InvalidInput("regionCode", "dispute.region.invalid", region.value());
        }
        RegionCode village = Level.VILLAGE.regionOf(region);
        if (regions.find(village).isEmpty()) {
            throw new InvalidInput("regionCode", "dispute.region.invalid", region.value());
        }
        if (!me.scope().covers(region) || me.scope().assignedOnly()) {
            throw new InvalidInput("regionCode", "dispute.region.outOfScope", region.value());
        }
        return region;
    }

    static @Nullable String text(@Nullable String value, String field, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                throw new InvalidInput(field, "dispute.text.required", field);
            }
            return null;
        }
        if (v.codePointCount(0, v.length()) > max) {
            throw new InvalidInput(field, "dispute.text.tooLong", field, max);
        }
        return v;
    }
}

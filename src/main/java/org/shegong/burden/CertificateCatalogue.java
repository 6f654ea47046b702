package org.shegong.burden;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.calendar.Deadline;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province catalogue of certificates villages/communities may or may not issue (民发〔2020〕40号: they issue only
 * certificates with a legal basis; the list names those they must not issue, with the lawful route instead), the
 * public question "can my community issue X?", and the register of certificates a village issued.
 */
@Service
public class CertificateCatalogue {

    static final int MAX_QUERY = 40;

    private final JdbcClient jdbc;
    private final BurdenPermissions permissions;
    private final Clock clock;

    CertificateCatalogue(JdbcClient jdbc, BurdenPermissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Schema(name = "CertificateCatalogueEntry")
    public record Entry(CertificateId id, String name, String nameEn, boolean banned, String lawfulRoute, String lawfulRouteEn,
            String basis, int sortOrder) {
    }

    public record Issued(long id, String villageCode, String certificate, String purpose, LocalDate issuedOn,
            String issuedBy) {
    }

    @Transactional(readOnly = true)
    public List<Entry> catalogue() {
        return jdbc.sql("select * from burden_certificate where province_code = '510000000000' order by banned desc, sort_order, id")
                .query(Rows.of(Entry.class)).list();
    }

    /** Public lookup: catalogue entries whose name contains the words asked (at most {@value #MAX_QUERY} characters). */
    @Transactional(readOnly = true)
    public List<Entry> lookup(@Nullable String question) {
        String q = question == null ? "" : question.strip().replace("证明", "");
        if (q.length() > MAX_QUERY) {
            throw new InvalidInput("q", "burden.input.tooLong", "q", MAX_QUERY);
        }
        if (q.isEmpty()) {
            return catalogue();
        }
        return jdbc.sql("""
                select * from burden_certificate where province_code = '510000000000'
                  and (strpos(name, :q) > 0 or strpos(lower(name_en), lower(:q)) > 0 or strpos(:q, replace(name, '证明', '')) > 0)
                order by banned desc, sort_order limit 20
                """).param("q", q).query(Rows.of(Entry.class)).list();
    }

    /** The province extends the catalogue (an allowed certificate needs its legal basis). */
    @Transactional
    public Entry add(StaffPrincipal me, @Nullable String name, @Nullable String nameEn, boolean banned,
            @Nullable String lawfulRoute, @Nullable String lawfulRouteEn, @Nullable String basis) {
        permissions.require(me, BurdenStep.MANAGE_CATALOGUE);
        String n = Admissions.text("name", name, 60, true);
        String b = Admissions.text("basis", basis, 500, false);
        if (b.isEmpty()) {
            throw new InvalidInput("basis", "burden.certificate.basis.required");
        }
        String route = Admissions.text("lawfulRoute", lawfulRoute, 1000, banned);
        boolean exists = jdbc.sql("select count(*) > 0 from burden_certificate where province_code = '510000000000' and name = :n")
                .param("n", n).query(Boolean.class).single();
        if (exists) {
            throw new InvalidInput("name", "burden.certificate.exists", n);
        }
        long stored = jdbc.sql("""
                insert into burden_certificate (name, name_en, banned, lawful_route, lawful_route_en, basis, sort_order)
                values (:n, :en, :banned, :route, :routeEn, :basis, 100) returning id
                """).param("n", n).param("en", Admissions.text("nameEn", nameEn, 100, false)).param("banned", banned)
                .param("route", route).param("routeEn", Admissions.text("lawfulRouteEn", lawfulRouteEn, 1000, false))
                .param("basis", b).query(Long.class).single();
        return entry(new CertificateId(stored));
    }

    /** Village staff record a certificate their village issued; a banned one is refused and nothing is recorded. */
    @Transactional
    public Issued record(StaffPrincipal me, CertificateId certificateId, @Nullable String purpose, @Nullable LocalDate issuedOn) {
        permissions.require(me, BurdenStep.RECORD_CERTIFICATE);
        RegionCode village = permissions.ownVillage(me);
        Entry e = entry(certificateId);
        if (e.banned()) {
            throw new InvalidInput("certificateId", "burden.certificate.banned", e.name(), e.lawfulRoute());
        }
        String p = Admissions.text("purpose", purpose, 200, true);
        LocalDate day = issuedOn == null ? LocalDate.now(clock.withZone(Deadline.ZONE)) : issuedOn;
        if (day.isAfter(LocalDate.now(clock.withZone(Deadline.ZONE)))) {
            throw new InvalidInput("issuedOn", "burden.certificate.future");
        }
        long id = jdbc.sql("""
                insert into burden_certificate_issued (village_code, certificate_id, purpose, issued_on, issued_by, created_at)
                values (:v, :c, :p, :d, :by, :now) returning id
                """).param("v", village.value()).param("c", certificateId.value()).param("p", p).param("d", day)
                .param("by", me.displayName()).param("now", Timestamp.from(clock.instant())).query(Long.class).single();
        return issued(me).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    /** Certificates issued inside the caller's scope, newest first. */
    @Transactional(readOnly = true)
    public List<Issued> issued(StaffPrincipal me) {
        return jdbc.sql("""
                select i.id, i.village_code, c.name as certificate, i.purpose, i.issued_on, i.issued_by
                from burden_certificate_issued i join burden_certificate c on c.id = i.certificate_id
                where i.village_code like :like order by i.id desc limit 200
                """).param("like", me.scope().assignedOnly() ? "-" : me.scope().regionLike()).query(Rows.of(Issued.class)).list();
    }

    Entry entry(CertificateId id) {
        return jdbc.sql("select * from burden_certificate where id = :id").param("id", id.value()).query(Rows.of(Entry.class)).optional()
                .orElseThrow(() -> new NotFound("certificate", id));
    }
}

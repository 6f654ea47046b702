package org.shegong.workforce;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.identity.PiiKind;
import org.shegong.identity.PiiVault;
import org.shegong.identity.ResidentIdNumber;
import org.shegong.identity.SealedValue;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Social workers: credential level, employer, station, continuing education and service records. The resident id
 * number is validated (GB 11643) and kept sealed (SM4 cipher, blind index, masked form); lists show the mask only.
 */
@Service
public class SocialWorkers {

    public record NewSocialWorker(@Nullable String name, @Nullable String idNumber, @Nullable String credential,
            @Nullable String employer, @Nullable SocialWorkStationId stationId, @Nullable String regionCode) {
    }

    public record SocialWorker(SocialWorkerId id, String name, String idMasked, Credential credential, String employer,
            @Nullable SocialWorkStationId stationId, @Nullable String stationName, RegionCode region, BigDecimal trainingHoursThisYear,
            BigDecimal trainingHoursRequired, boolean trainingBehind, long serviceRecords, BigDecimal serviceHours,
            Set<WorkforceStep> allowed) {

        public boolean may(String step) {
            return allowed.contains(WorkforceStep.valueOf(step));
        }
    }

    public record NewTraining(@Nullable LocalDate day, @Nullable BigDecimal hours, @Nullable String topic) {
    }

    public record NewServiceRecord(@Nullable LocalDate day, @Nullable BigDecimal hours, @Nullable String service,
            @Nullable Integer served) {
    }

    private final JdbcClient jdbc;
    private final PiiVault vault;
    private final WorkforcePermissions permissions;
    private final SocialWorkStations stations;
    private final TrainingPolicy training;
    private final Clock clock;

    SocialWorkers(JdbcClient jdbc, PiiVault vault, WorkforcePermissions permissions, SocialWorkStations stations,
            TrainingPolicy training, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.permissions = permissions;
        this.stations = stations;
        this.training = training;
        this.clock = clock;
    }

    @Transactional
    public SocialWorker register(StaffPrincipal me, NewSocialWorker w) {
        permissions.require(me, WorkforceStep.MANAGE_WORKERS);
        String name = WorkforcePermissions.text(w.name(), "name", 50);
        ResidentIdNumber id = new ResidentIdNumber(w.idNumber() == null ? "" : w.idNumber());
        Credential credential = Credential.parse(w.credential());
        String employer = WorkforcePermissions.text(w.employer(), "employer", 100);
        SocialWorkStations.Station station = null;
        if (w.stationId() != null) {
            try {
                station = stations.find(me.scope(), w.stationId());
            } catch (NotFound e) {
                throw new InvalidInput("stationId", "workforce.station.unknown", w.stationId().value());
            }
        }
        RegionCode region = w.regionCode() == null || w.regionCode().isBlank()
                ? (station == null ? permissions.place(me, w.regionCode(), null) : station.region())
                : permissions.place(me, w.regionCode(), null);
        if (station != null && !station.region().contains(region)) {
            throw new InvalidInput("stationId", "workforce.station.elsewhere", station.name());
        }
        SealedValue sealed = vault.seal(PiiKind.RESIDENT_ID, id.value());
        if (jdbc.sql("SELECT count(*) FROM workforce_social_worker WHERE id_index = :i").param("i", sealed.blindIndex())
                .query(Long.class).single() > 0) {
            throw new InvalidInput("idNumber", "workforce.idNumber.taken");
        }
        SocialWorkerId newId = new SocialWorkerId(jdbc.sql("""
                INSERT INTO workforce_social_worker (name, id_cipher, id_index, id_masked, credential, employer, station_id,
                  region_code, created_by)
                VALUES (:name, :c, :i, :m, :credential, :employer, :station, :region, :by) RETURNING id""")
                .param("name", name).param("c", sealed.cipher()).param("i", sealed.blindIndex()).param("m", sealed.masked())
                .param("credential", credential.name()).param("employer", employer)
                .param("station", station == null ? null : station.id().value()).param("region", region.value())
                .param("by", me.accountId().value()).query(Long.class).single());
        return find(me, newId);
    }

    @Transactional
    public SocialWorker recordTraining(StaffPrincipal me, SocialWorkerId id, NewTraining t) {
        SocialWorker w = find(me, id);
        permissions.require(me, "social worker", id, w.region(), WorkforceStep.MANAGE_WORKERS);
        LocalDate day = day(t.day());
        if (t.hours() == null || t.hours().signum() <= 0 || t.hours().compareTo(BigDecimal.valueOf(24)) > 0
                || t.hours().scale() > 1) {
            throw new InvalidInput("hours", "workforce.hours.invalid");
        }
        String topic = WorkforcePermissions.text(t.topic(), "topic", 200);
        jdbc.sql("INSERT INTO workforce_training (worker_id, day, hours, topic, created_by) VALUES (:w, :d, :h, :t, :by)")
                .param("w", id.value()).param("d", day).param("h", t.hours()).param("t", topic).param("by", me.accountId().value()).update();
        return find(me, id);
    }

    @Transactional
    public SocialWorker recordService(StaffPrincipal me, SocialWorkerId id, NewServiceRecord r) {
        SocialWorker w = find(me, id);
        permissions.require(me, "social worker", id, w.region(), WorkforceStep.MANAGE_WORKERS);
        LocalDate day = day(r.day());
        if (r.hours() == null || r.hours().signum() <= 0 || r.hours().compareTo(BigDecimal.valueOf(24)) > 0
                || r.hours().scale() > 1) {
            throw new InvalidInput("hours", "workforce.hours.invalid");
        }
        String service = WorkforcePermissions.text(r.service(), "service", 200);
        if (r.served() == null || r.served() < 0 || r.served() > 10_000) {
            throw new InvalidInput("served", "workforce.count.invalid");
        }
        jdbc.sql("""
                INSERT INTO workforce_service_record (worker_id, day, hours, service, served, created_by)
                VALUES (:w, :d, :h, :s, :n, :by)""").param("w", id.value()).param("d", day).param("h", r.hours())
                .param("s", service).param("n", r.served()).param("by", me.accountId().value()).update();
        return find(me, id);
    }

    private LocalDate day(@Nullable LocalDate day) {
        if (day == null || day.isAfter(LocalDate.now(clock)) || day.isBefore(LocalDate.now(clock).minusYears(5))) {
            throw new InvalidInput("day", "workforce.day.invalid");
        }
        return day;
    }

    @Transactional(readOnly = true)
    public SocialWorker find(StaffPrincipal me, SocialWorkerId id) {
        return query(me, " WHERE w.id = :id", id.value()).stream().findFirst()
                .filter(w -> me.scope().covers(w.region())).orElseThrow(() -> new NotFound("social worker", id));
    }

    @Transactional(readOnly = true)
    public List<SocialWorker> list(StaffPrincipal me, int limit) {
        return query(me, " WHERE w.region_code LIKE :region ORDER BY w.region_code, w.name, w.id LIMIT :limit",
                Math.min(Math.max(limit, 1), 2000L));
    }

    private List<SocialWorker> query(StaffPrincipal me, String where, long idOrLimit) {
        int year = LocalDate.now(clock).getYear();
        var spec = jdbc.sql("""
                SELECT w.id, w.name, w.id_masked, w.credential, w.employer, w.station_id, s.name AS station_name,
                       w.region_code,
                       coalesce((SELECT sum(t.hours) FROM workforce_training t WHERE t.worker_id = w.id
                                   AND t.day >= :from AND t.day < :to), 0) AS trained,
                       (SELECT count(*) FROM workforce_service_record r WHERE r.worker_id = w.id) AS records,
                       coalesce((SELECT sum(r.hours) FROM workforce_service_record r WHERE r.worker_id = w.id), 0) AS served
                  FROM workforce_social_worker w LEFT JOIN workforce_station s ON s.id = w.station_id""" + where)
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .param("region", me.scope().regionLike());
        spec = spec.param(where.contains(":id") ? "id" : "limit", idOrLimit);
        return spec.query(Rows.of(WorkerRow.class)).list().stream().map(r -> worker(me, r)).toList();
    }

    private record WorkerRow(SocialWorkerId id, String name, String idMasked, Credential credential, String employer,
            @Nullable SocialWorkStationId stationId, @Nullable String stationName, String regionCode, BigDecimal trained, long records,
            BigDecimal served) {
    }

    private SocialWorker worker(StaffPrincipal me, WorkerRow r) {
        RegionCode region = RegionCode.of(r.regionCode());
        return new SocialWorker(r.id(), r.name(), r.idMasked(), r.credential(), r.employer(), r.stationId(),
                r.stationName(), region, r.trained(), training.required(region),
                training.behind(r.credential(), region, r.trained()), r.records(), r.served(),
                permissions.allowed(me, region));
    }
}

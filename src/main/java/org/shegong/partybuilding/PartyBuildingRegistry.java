package org.shegong.partybuilding;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitManagement;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registries: new economic and social organizations and platform companies, one row per unified social credit
 * code, entered one by one or imported from a spreadsheet; and the new-employment worker counts per region.
 *
 * <p>Import is all-or-nothing: every row is checked, every bad row is reported (row, field, reason in Chinese and
 * English), and if any row is bad nothing is stored — a county's list is corrected and sent again whole, so the
 * registry never holds half a list. A code already registered within the caller's scope is updated (sending the
 * same list twice changes nothing); one registered outside it is a bad row; a code twice in one file is a bad row.
 */
@Service
public class PartyBuildingRegistry {

    public static final int MAX_IMPORT_ROWS = 50_000;

    private final JdbcClient jdbc;
    private final UnitManagement units;
    private final RegionDirectory regions;
    private final PartyBuildingPermissions permissions;
    private final Clock clock;

    PartyBuildingRegistry(JdbcClient jdbc, UnitManagement units, RegionDirectory regions,
            PartyBuildingPermissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.regions = regions;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Registers one organization; a code already registered is refused. */
    @Transactional
    public OrganizationView register(StaffPrincipal me, NewOrganization o) {
        permissions.require(me, PartyBuildingStep.REGISTER);
        List<ImportRejected.Problem> problems = check(me, o, null);
        if (!problems.isEmpty()) {
            ImportRejected.Problem p = problems.get(0);
            throw new InvalidInput(p.field(), p.messageKey(), p.args());
        }
        CreditCode code = CreditCode.of(o.creditCode());
        if (idOf(code).isPresent()) {
            throw new InvalidInput("creditCode", "partybuilding.creditCode.taken", code.value());
        }
        OrganizationId id = insert(o, code);
        return find(me.scope(), id);
    }

    /** Imports a spreadsheet (see {@link OrganizationWorkbook}); all rows or none. Returns how many rows were stored. */
    @Transactional
    public ImportResult importWorkbook(StaffPrincipal me, InputStream xlsx) {
        permissions.require(me, PartyBuildingStep.REGISTER);
        List<OrganizationWorkbook.Row> rows = OrganizationWorkbook.read(xlsx, MAX_IMPORT_ROWS);
        List<ImportRejected.Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<Integer, OrganizationId> existing = new HashMap<>();
        for (OrganizationWorkbook.Row row : rows) {
            problems.addAll(row.problems());
            if (!row.problems().isEmpty()) {
                continue;
            }
            List<ImportRejected.Problem> rowProblems = check(me, row.organization(), row.number());
            problems.addAll(rowProblems);
            if (!rowProblems.isEmpty()) {
                continue;
            }
            CreditCode code = CreditCode.of(row.organization().creditCode());
            Integer first = seen.putIfAbsent(code.value(), row.number());
            if (first != null) {
                problems.add(new ImportRejected.Problem(row.number(), "creditCode", "partybuilding.import.duplicate",
                        code.value(), first));
                continue;
            }
            Optional<OrganizationId> id = idOf(code);
            if (id.isPresent()) {
                OrganizationView old = jdbcFind(id.get()).orElseThrow();
                if (!permissions.sees(me.scope(), old.region(), old.competentUnitId())) {
                    problems.add(new ImportRejected.Problem(row.number(), "creditCode",
                            "partybuilding.import.registeredElsewhere", code.value()));
                    continue;
                }
                existing.put(row.number(), id.get());
            }
        }
        if (rows.isEmpty()) {
            problems.add(new ImportRejected.Problem(null, "file", "partybuilding.import.empty"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        int created = 0;
        int updated = 0;
        for (OrganizationWorkbook.Row row : rows) {
            NewOrganization o = row.organization();
            OrganizationId id = existing.get(row.number());
            if (id == null) {
                insert(o, CreditCode.of(o.creditCode()));
                created++;
            } else {
                update(id, o);
                updated++;
            }
        }
        return new ImportResult(created, updated);
    }

    public record ImportResult(int created, int updated) {
    }

    @Transactional(readOnly = true)
    public OrganizationView find(Scope scope, OrganizationId id) {
        return jdbcFind(id).filter(o -> permissions.sees(scope, o.region(), o.competentUnitId()))
                .orElseThrow(() -> new NotFound("organization", id));
    }

    /** The organization with this code, if it lies in the scope. */
    @Transactional(readOnly = true)
    public Optional<OrganizationView> findByCode(Scope scope, CreditCode code) {
        return idOf(code).flatMap(this::jdbcFind).filter(o -> permissions.sees(scope, o.region(), o.competentUnitId()));
    }

    /** An empty spreadsheet with the import's header row. */
    public byte[] template() {
        return OrganizationWorkbook.write(List.of());
    }

    /** Organizations in the scope whose name or code contains {@code q}, at most {@code limit}, by name. */
    @Transactional(readOnly = true)
    public List<OrganizationView> search(Scope scope, @Nullable String q, int limit) {
        String like = "%" + (q == null ? "" : q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return jdbc.sql(SELECT + """
                 WHERE o.region_code LIKE :region AND (:assigned = FALSE OR o.competent_unit_id = :unit)
                   AND (o.name LIKE :q OR o.credit_code LIKE :q)
                 ORDER BY o.name, o.id LIMIT :limit""")
                .param("region", scope.regionLike()).param("assigned", scope.assignedOnly())
                .param("unit", scope.unitId() == null ? 0L : scope.unitId()).param("q", like)
                .param("limit", Math.min(Math.max(limit, 1), 1000))
                .query(Rows.of(OrganizationRow.class)).list().stream().map(OrganizationRow::view).toList();
    }

    /** Sets the new-employment worker count of a group in a region (as reported by platforms or the township). */
    @Transactional
    public void reportWorkers(StaffPrincipal me, @Nullable String regionCode, @Nullable WorkerGroup group,
            @Nullable Integer workers, @Nullable Integer partyMembers) {
        permissions.require(me, PartyBuildingStep.REPORT_WORKERS);
        RegionCode region = knownRegion(regionCode).orElseThrow(
                () -> new InvalidInput("regionCode", "partybuilding.region.unknown", String.valueOf(regionCode)));
        if (!me.scope().covers(region)) {
            throw new InvalidInput("regionCode", "partybuilding.region.outOfScope", region.value());
        }
        if (group == null) {
            throw new InvalidInput("group", "partybuilding.workers.group.required");
        }
        if (workers == null || workers < 0) {
            throw new InvalidInput("workers", "partybuilding.count.invalid");
        }
        int members = partyMembers == null ? 0 : partyMembers;
        if (members < 0 || members > workers) {
            throw new InvalidInput("partyMembers", "partybuilding.workers.members.invalid", members, workers);
        }
        jdbc.sql("""
                INSERT INTO partybuilding_worker_count (region_code, worker_group, workers, party_members, reported_on)
                VALUES (:region, :group, :workers, :members, :on)
                ON CONFLICT (region_code, worker_group) DO UPDATE
                SET workers = EXCLUDED.workers, party_members = EXCLUDED.party_members, reported_on = EXCLUDED.reported_on""")
                .param("region", region.value()).param("group", group.name()).param("workers", workers)
                .param("members", members).param("on", LocalDate.now(clock)).update();
    }

    public record WorkerCount(WorkerGroup group, long workers, long partyMembers) {
    }

    /** New-employment workers per group inside the scope's region. */
    @Transactional(readOnly = true)
    public List<WorkerCount> workers(Scope scope) {
        return jdbc.sql("""
                SELECT worker_group AS "group", sum(workers) AS workers, sum(party_members) AS party_members
                  FROM partybuilding_worker_count WHERE region_code LIKE :region
                 GROUP BY worker_group ORDER BY worker_group""")
                .param("region", scope.regionLike())
                .query(Rows.of(WorkerCount.class)).list();
    }

    /** The rules of one organization; {@code row} is its spreadsheet row or {@code null} for entry. */
    private List<ImportRejected.Problem> check(StaffPrincipal me, NewOrganization o, @Nullable Integer row) {
        List<ImportRejected.Problem> out = new ArrayList<>();
        if (o.creditCode() == null || !CreditCode.isValid(o.creditCode().strip().toUpperCase(java.util.Locale.ROOT))) {
            out.add(new ImportRejected.Problem(row, "creditCode", "partybuilding.creditCode.invalid",
                    String.valueOf(o.creditCode())));
        }
        if (o.name() == null || o.name().isBlank() || o.name().strip().length() > 200) {
            out.add(new ImportRejected.Problem(row, "name", "partybuilding.name.invalid"));
        }
        if (o.kind() == null) {
            out.add(new ImportRejected.Problem(row, "kind", "partybuilding.kind.required"));
        }
        if (o.industry() == null || o.industry().isBlank() || o.industry().strip().length() > 50) {
            out.add(new ImportRejected.Problem(row, "industry", "partybuilding.industry.invalid"));
        }
        if (o.size() == null) {
            out.add(new ImportRejected.Problem(row, "size", "partybuilding.size.required"));
        }
        if (o.competentUnitId() == null || units.byId(UnitId.of(o.competentUnitId())).isEmpty()) {
            out.add(new ImportRejected.Problem(row, "competentUnitId", "partybuilding.competentUnit.unknown",
                    String.valueOf(o.competentUnitId())));
        }
        Optional<RegionCode> region = knownRegion(o.regionCode());
        if (region.isEmpty()) {
            out.add(new ImportRejected.Problem(row, "regionCode", "partybuilding.region.unknown",
                    String.valueOf(o.regionCode())));
        } else if (!me.scope().covers(region.get())) {
            out.add(new ImportRejected.Problem(row, "regionCode", "partybuilding.region.outOfScope", region.get().value()));
        } else if (me.scope().assignedOnly() && o.competentUnitId() != null && o.competentUnitId() != me.unitId().value()) {
            out.add(new ImportRejected.Problem(row, "competentUnitId", "partybuilding.rule.competentDepartment"));
        }
        if (o.employees() == null || o.employees() < 0) {
            out.add(new ImportRejected.Problem(row, "employees", "partybuilding.count.invalid"));
        }
        if (o.fullMembers() == null || o.fullMembers() < 0) {
            out.add(new ImportRejected.Problem(row, "fullMembers", "partybuilding.count.invalid"));
        } else if (o.employees() != null && o.fullMembers() > o.employees()) {
            out.add(new ImportRejected.Problem(row, "fullMembers", "partybuilding.members.overEmployees",
                    o.fullMembers(), o.employees()));
        }
        return out;
    }

    private Optional<RegionCode> knownRegion(@Nullable String code) {
        if (code == null || !RegionCode.isWellFormed(code.strip())) {
            return Optional.empty();
        }
        RegionCode region = RegionCode.of(code.strip());
        return regions.find(region).map(r -> region);
    }

    private Optional<OrganizationId> idOf(CreditCode code) {
        return jdbc.sql("SELECT id FROM partybuilding_organization WHERE credit_code = :code").param("code", code.value())
                .query(Long.class).optional().map(OrganizationId::new);
    }

    private OrganizationId insert(NewOrganization o, CreditCode code) {
        return new OrganizationId(jdbc.sql("""
                INSERT INTO partybuilding_organization (credit_code, name, kind, industry, size, competent_unit_id,
                  region_code, employees, full_members, registered_on)
                VALUES (:code, :name, :kind, :industry, :size, :unit, :region, :employees, :members, :on) RETURNING id""")
                .param("code", code.value()).params(fields(o)).param("on", LocalDate.now(clock))
                .query(Long.class).single());
    }

    private void update(OrganizationId id, NewOrganization o) {
        jdbc.sql("""
                UPDATE partybuilding_organization SET name = :name, kind = :kind, industry = :industry, size = :size,
                  competent_unit_id = :unit, region_code = :region, employees = :employees, full_members = :members,
                  version = version + 1
                WHERE id = :id""").param("id", id.value()).params(fields(o)).update();
    }

    private static Map<String, Object> fields(NewOrganization o) {
        return Map.of("name", o.name().strip(), "kind", o.kind().name(), "industry", o.industry().strip(), "size",
                o.size().name(), "unit", o.competentUnitId(), "region", o.regionCode().strip(), "employees", o.employees(),
                "members", o.fullMembers());
    }

    private Optional<OrganizationView> jdbcFind(OrganizationId id) {
        return jdbc.sql(SELECT + " WHERE o.id = :id").param("id", id.value()).query(Rows.of(OrganizationRow.class)).optional()
                .map(OrganizationRow::view);
    }

    static final String SELECT = """
            SELECT o.id, o.credit_code, o.name, o.kind, o.industry, o.size, o.competent_unit_id, o.region_code,
                   o.employees, o.full_members, o.operating, o.registered_on, l.party_org_id, p.kind AS party_kind,
                   (SELECT count(*) FROM partybuilding_instructor i WHERE i.organization_id = o.id) AS instructors
              FROM partybuilding_organization o
              LEFT JOIN partybuilding_party_org_unit l ON l.organization_id = o.id
              LEFT JOIN partybuilding_party_org p ON p.id = l.party_org_id
            """;

    /** One organization as {@link #SELECT} reads it (decision 0007). */
    private record OrganizationRow(OrganizationId id, String creditCode, String name, OrganizationKind kind, String industry,
            OrganizationSize size, long competentUnitId, String regionCode, int employees, int fullMembers,
            boolean operating, LocalDate registeredOn, @Nullable PartyOrganizationId partyOrgId,
            @Nullable PartyOrganizationKind partyKind,
            int instructors) {

        OrganizationView view() {
            return new OrganizationView(id, new CreditCode(creditCode), name, kind, industry, size, competentUnitId,
                    RegionCode.of(regionCode), employees, fullMembers, operating, registeredOn, partyOrgId, partyKind,
                    instructors);
        }
    }
}

package org.shegong.care;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.Rows;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.AccountView;
import org.shegong.identity.MobileNumber;
import org.shegong.identity.PiiKind;
import org.shegong.identity.PiiVault;
import org.shegong.identity.ResidentIdNumber;
import org.shegong.identity.SealedValue;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Grid;
import org.shegong.region.Grids;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of priority groups and people, their visit plans, and the audited reveal of sealed data. */
@Service
public class CareRegistry {

    static final int MAX_NAME = 40, MAX_ADDRESS = 200, MAX_NOTES = 2000, MAX_PURPOSE = 200;

    private final JdbcClient jdbc;
    private final PiiVault vault;
    private final Grids grids;
    private final AccountManagement accounts;
    private final CarePermissions permissions;
    private final Clock clock;

    CareRegistry(JdbcClient jdbc, PiiVault vault, Grids grids, AccountManagement accounts, CarePermissions permissions,
            Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.grids = grids;
        this.accounts = accounts;
        this.permissions = permissions;
        this.clock = clock;
    }

    // ---- groups

    @Transactional(readOnly = true)
    public List<Group> groups() {
        return jdbc.sql("SELECT code, name_zh, name_en, visit_days, sensitive, builtin, active FROM care_group ORDER BY builtin DESC, code")
                .query(Rows.of(Group.class)).list();
    }

    Group group(String code) {
        return jdbc.sql("SELECT code, name_zh, name_en, visit_days, sensitive, builtin, active FROM care_group WHERE code = :c")
                .param("c", code).query(Rows.of(Group.class)).optional()
                .orElseThrow(() -> new InvalidInput("groupCode", "care.group.unknown", code));
    }

    /** Adds a configurable group, or changes one (its interval applies to visits planned from now on). */
    @Transactional
    public Group saveGroup(StaffPrincipal me, @Nullable String code, @Nullable String nameZh, @Nullable String nameEn,
            int visitDays, boolean sensitive) {
        if (!CareStep.MANAGE_GROUPS.allowsAnyOf(me.roles())) {
            throw new NotPermitted("care.rule.role");
        }
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new InvalidInput("code", "care.group.code");
        }
        String zh = nameZh == null ? "" : nameZh.strip();
        String en = nameEn == null ? "" : nameEn.strip();
        if (zh.isEmpty() || zh.length() > 60 || en.isEmpty() || en.length() > 80) {
            throw new InvalidInput("nameZh", "care.group.name");
        }
        if (visitDays < 1 || visitDays > 365) {
            throw new InvalidInput("visitDays", "care.group.days");
        }
        jdbc.sql("""
                INSERT INTO care_group (code, name_zh, name_en, visit_days, sensitive) VALUES (:c, :zh, :en, :d, :s)
                ON CONFLICT (code) DO UPDATE SET name_zh = :zh, name_en = :en, visit_days = :d, sensitive = :s""")
                .param("c", c).param("zh", zh).param("en", en).param("d", visitDays).param("s", sensitive).update();
        return group(c);
    }

    // ---- people

    @Transactional
    public PersonView register(StaffPrincipal me, NewPerson cmd) {
        if (!CareStep.REGISTER.allowsAnyOf(me.roles())) {
            throw new NotPermitted("care.rule.role");
        }
        String name = cmd.name() == null ? "" : cmd.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInput("name", "care.person.name", MAX_NAME);
        }
        Group group = group(cmd.groupCode() == null ? "" : cmd.groupCode().strip());
        if (!group.active()) {
            throw new InvalidInput("groupCode", "care.group.unknown", group.code());
        }
        ResidentIdNumber id;
        try {
            id = new ResidentIdNumber(cmd.residentId());
        } catch (InvalidInput e) {
            throw new InvalidInput("residentId", e.messageKey(), e.args());
        }
        MobileNumber phone = cmd.phone() == null || cmd.phone().isBlank() ? null : new MobileNumber(cmd.phone());
        String address = blankToNull(cmd.address());
        if (address != null && address.length() > MAX_ADDRESS) {
            throw new InvalidInput("address", "care.person.address", MAX_ADDRESS);
        }
        String notes = blankToNull(cmd.notes());
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new InvalidInput("notes", "care.person.notes", MAX_NOTES);
        }
        Grid grid = grid(me, cmd.gridCode());
        SealedValue sealedId = vault.seal(PiiKind.RESIDENT_ID, id.value());
        boolean duplicate = jdbc.sql("SELECT exists (SELECT 1 FROM care_person WHERE resident_id_index = :i)")
                .param("i", sealedId.blindIndex()).query(Boolean.class).single();
        if (duplicate) {
            throw new InvalidInput("residentId", "care.person.duplicate");
        }
        Risk risk = cmd.risk() == null ? Risk.NORMAL : cmd.risk();
        int days = VisitSchedule.intervalDays(group.visitDays(), risk);
        Instant now = clock.instant();
        SealedValue sealedPhone = phone == null ? null : vault.seal(PiiKind.MOBILE, phone.value());
        SealedValue sealedAddress = address == null ? null : vault.seal(PiiKind.TEXT, address);
        SealedValue sealedNotes = notes == null ? null : vault.seal(PiiKind.TEXT, notes);
        PersonId personId = PersonId.of(jdbc.sql("""
                INSERT INTO care_person (name, group_code, risk, resident_id_cipher, resident_id_index, resident_id_masked,
                  birth_year, phone_cipher, phone_index, phone_masked, address_cipher, address_masked, notes_cipher,
                  village_code, township_code, region_code, responsible_unit_id, visit_days, next_due_at, created_by, created_at)
                VALUES (:name, :group, :risk, :idc, :idi, :idm, :by, :pc, :pi, :pm, :ac, :am, :nc, :village, :township, :grid,
                  :unit, :days, :due, :who, :now) RETURNING id""")
                .param("name", name).param("group", group.code()).param("risk", risk.name())
                .param("idc", sealedId.cipher()).param("idi", sealedId.blindIndex()).param("idm", sealedId.masked())
                .param("by", id.birthDate().getYear())
                .param("pc", sealedPhone == null ? null : sealedPhone.cipher())
                .param("pi", sealedPhone == null ? null : sealedPhone.blindIndex())
                .param("pm", sealedPhone == null ? null : sealedPhone.masked())
                .param("ac", sealedAddress == null ? null : sealedAddress.cipher())
                .param("am", sealedAddress == null ? null : sealedAddress.masked())
                .param("nc", sealedNotes == null ? null : sealedNotes.cipher())
                .param("village", grid.villageCode().value()).param("township", grid.townshipCode().value())
                .param("grid", grid.code().value()).param("unit", me.unitId().value()).param("days", days)
                .param("due", Timestamp.from(VisitSchedule.dueAfter(now, days))).param("who", me.username())
                .param("now", Timestamp.from(now)).query(Long.class).single());
        return find(me, personId);
    }

    private Grid grid(StaffPrincipal me, @Nullable String gridCode) {
        String code = gridCode == null ? "" : gridCode.strip();
        if (!RegionCode.isWellFormed(code) || RegionCode.of(code).level() != RegionLevel.GRID) {
            throw new InvalidInput("gridCode", "care.grid.unknown", code);
        }
        Grid grid;
        try {
            grid = grids.get(RegionCode.of(code));
        } catch (NotFound e) {
            throw new InvalidInput("gridCode", "care.grid.unknown", code);
        }
        if (!me.scope().covers(grid.code())) {
            throw new InvalidInput("gridCode", "care.grid.outOfScope", code);
        }
        return grid;
    }

    @Transactional
    public PersonView assign(StaffPrincipal me, PersonId personId, AssignVisitor cmd) {
        Facts f = facts(personId);
        permissions.require(me, f.decision(), CareStep.ASSIGN_VISITOR);
        if (cmd.kind() == null) {
            throw new InvalidInput("kind", "care.visitor.kind");
        }
        Long accountId = null;
        String username = null;
        String name;
        String number = null;
        if (cmd.kind() == VisitorKind.VOLUNTEER) {
            name = cmd.name() == null ? "" : cmd.name().strip();
            if (name.isEmpty() || name.length() > MAX_NAME) {
                throw new InvalidInput("name", "care.visitor.name");
            }
            number = blankToNull(cmd.number());
            if (number != null && number.length() > 40) {
                throw new InvalidInput("number", "care.visitor.number");
            }
        } else {
            String wanted = cmd.username() == null ? "" : cmd.username().strip();
            AccountView account = wanted.isEmpty() ? null : accounts.search(me.scope(), wanted, 20).stream()
                    .filter(a -> a.username().equals(wanted) && a.enabled()).findFirst().orElse(null);
            if (account == null || !RegionCode.of(account.unitRegion()).contains(RegionCode.of(f.gridCode()))
                    && !RegionCode.of(f.gridCode()).contains(RegionCode.of(account.unitRegion()))) {
                throw new InvalidInput("username", "care.visitor.account", wanted);
            }
            accountId = account.id().value();
            username = account.username();
            name = account.displayName();
        }
        Risk risk = cmd.risk() == null ? f.risk() : cmd.risk();
        int days = VisitSchedule.intervalDays(group(f.groupCode()).visitDays(), risk);
        Instant from = f.lastVisitAt() == null ? f.createdAt() : f.lastVisitAt();
        jdbc.sql("""
                UPDATE care_person SET visitor_kind = :kind, visitor_account_id = :acc, visitor_username = :user,
                  visitor_name = :name, visitor_number = :number, risk = :risk, visit_days = :days, next_due_at = :due,
                  notified_at = NULL, escalated_at = NULL, version = version + 1
                WHERE id = :id""")
                .param("kind", cmd.kind().name()).param("acc", accountId).param("user", username).param("name", name)
                .param("number", number).param("risk", risk.name()).param("days", days)
                .param("due", Timestamp.from(VisitSchedule.dueAfter(from, days))).param("id", personId.value()).update();
        return find(me, personId);
    }

    /** The sealed fields a person record holds. */
    public enum Sealed {
        RESIDENT_ID, PHONE, ADDRESS, NOTES
    }

    /**
     * Reveals one sealed value to a staff member with a need to know (the assigned visitor, township staff or a county
     * administrator of the person's region), audited as {@code care-person:<id>:<field>} with the purpose; anyone else
     * is refused — and the refusal is audited too.
     */
    @Transactional(readOnly = true)
    public String reveal(StaffPrincipal me, PersonId personId, @Nullable Sealed field, @Nullable String purpose) {
        Facts f = facts(personId);
        if (!permissions.visible(me, f.decision())) {
            throw new NotFound("person", personId);
        }
        if (field == null) {
            throw new InvalidInput("field", "care.reveal.field");
        }
        String why = purpose == null ? "" : purpose.strip();
        if (why.isEmpty() || why.length() > MAX_PURPOSE) {
            throw new InvalidInput("purpose", "care.reveal.purpose", MAX_PURPOSE);
        }
        byte[] cipher = jdbc.sql("SELECT " + switch (field) {
            case RESIDENT_ID -> "resident_id_cipher";
            case PHONE -> "phone_cipher";
            case ADDRESS -> "address_cipher";
            case NOTES -> "notes_cipher";
        } + " FROM care_person WHERE id = :id").param("id", personId.value()).query(byte[].class).optional().orElse(null);
        boolean needed = CareStep.REVEAL.allowsAnyOf(me.roles()) && permissions.needToKnow(me, f.decision());
        if (cipher == null) {
            if (!needed) {
                throw new NotPermitted("care.rule.needToKnow");
            }
            throw new InvalidInput("field", "care.reveal.empty");
        }
        try {
            return vault.revealWhenNeeded(me, needed, cipher, "care-person:" + personId + ":" + field.name(), why);
        } catch (AccessDeniedException e) {
            throw new NotPermitted("care.rule.needToKnow");
        }
    }

    // ---- reading

    /** The facts of a person that decide, with the plan's state. */
    record Facts(PersonId id, String name, String groupCode, Risk risk, String gridCode, String villageCode,
            String townshipCode, @Nullable Long visitorAccountId, @Nullable String visitorName, long responsibleUnitId,
            int visitDays, @Nullable Instant lastVisitAt, Instant nextDueAt, Instant createdAt) {

        CarePermissions.Person decision() {
            return new CarePermissions.Person(id, gridCode, visitorAccountId);
        }
    }

    Facts facts(PersonId personId) {
        return jdbc.sql("""
                SELECT id, name, group_code, risk, region_code AS grid_code, village_code, township_code, visitor_account_id,
                  visitor_name, responsible_unit_id, visit_days, last_visit_at, next_due_at, created_at
                FROM care_person WHERE id = :id AND active""")
                .param("id", personId.value()).query(Rows.of(Facts.class)).optional().orElseThrow(() -> new NotFound("person", personId));
    }

    /** The facts of a person {@code me} may see, or 404. */
    Facts visibleFacts(StaffPrincipal me, PersonId personId) {
        Facts f = facts(personId);
        if (!permissions.visible(me, f.decision())) {
            throw new NotFound("person", personId);
        }
        return f;
    }

    @Transactional(readOnly = true)
    public PersonView find(StaffPrincipal me, PersonId personId) {
        Facts f = visibleFacts(me, personId);
        if (!CareStep.VIEW.allowsAnyOf(me.roles())) {
            throw new NotPermitted("care.rule.role");
        }
        boolean needToKnow = permissions.needToKnow(me, f.decision());
        Instant now = clock.instant();
        List<PersonView.Visit> visits = jdbc.sql("""
                SELECT id, visited_at, place, seen, needs, visitor_name, on_time, photo IS NOT NULL AS has_photo
                FROM care_visit WHERE person_id = :p ORDER BY visited_at DESC, id DESC LIMIT 50""")
                .param("p", personId.value()).query(Rows.of(PersonView.Visit.class)).list();
        List<PersonView.Need> needs = jdbc.sql("""
                SELECT id, visit_id, description, kind, status, demand_id, demand_code, activity_id, dispute_ref, outcome,
                  created_at, done_at FROM care_need WHERE person_id = :p ORDER BY id DESC LIMIT 50""")
                .param("p", personId.value()).query(Rows.of(PersonView.Need.class)).list();
        return jdbc.sql("""
                SELECT p.name, p.group_code, g.name_zh AS group_name, g.name_en AS group_name_en, g.sensitive, p.risk,
                  p.resident_id_masked, p.birth_year, p.phone_masked, p.address_masked, p.notes_cipher IS NOT NULL AS has_notes,
                  p.village_code, p.region_code AS grid_code, p.visitor_kind, p.visitor_name, p.visitor_number, p.visit_days,
                  p.last_visit_at, p.next_due_at, p.escalated_at
                FROM care_person p JOIN care_group g ON g.code = p.group_code WHERE p.id = :id""")
                .param("id", personId.value()).query(Rows.of(PageRow.class)).single()
                .view(personId, needToKnow, now, visits, needs, permissions.allowed(me, f.decision()));
    }

    /** A person's page as read; the name is masked for a sensitive group unless the reader has a need to know. */
    private record PageRow(String name, String groupCode, String groupName, String groupNameEn, boolean sensitive,
            Risk risk, String residentIdMasked, int birthYear, @Nullable String phoneMasked, @Nullable String addressMasked,
            boolean hasNotes, String villageCode, String gridCode, @Nullable VisitorKind visitorKind,
            @Nullable String visitorName, @Nullable String visitorNumber, int visitDays, @Nullable Instant lastVisitAt,
            Instant nextDueAt, @Nullable Instant escalatedAt) {

        PersonView view(PersonId id, boolean needToKnow, Instant now, List<PersonView.Visit> visits,
                List<PersonView.Need> needs, Set<CareStep> allowed) {
            return new PersonView(id, sensitive && !needToKnow ? maskName(name) : name, groupCode, groupName,
                    groupNameEn, sensitive, risk, residentIdMasked, birthYear, phoneMasked, addressMasked, hasNotes,
                    villageCode, gridCode, visitorKind, visitorName, visitorNumber, visitDays, lastVisitAt, nextDueAt,
                    VisitSchedule.overdue(nextDueAt, now), escalatedAt, visits, needs, allowed);
        }
    }

    /** People in {@code me}'s region (or assigned to them), optionally of one group or matching a name; masked. */
    @Transactional(readOnly = true)
    public List<PersonRow> list(StaffPrincipal me, @Nullable String groupCode, @Nullable String q, int limit) {
        if (!CareStep.VIEW.allowsAnyOf(me.roles())) {
            throw new NotPermitted("care.rule.role");
        }
        String name = q == null ? "" : q.strip();
        if (name.length() > MAX_NAME) {
            throw new InvalidInput("q", "care.person.name", MAX_NAME);
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT p.id, p.name, g.sensitive, p.group_code, p.risk, p.region_code AS grid_code, p.visitor_name,
                  p.last_visit_at, p.next_due_at, p.escalated_at
                FROM care_person p JOIN care_group g ON g.code = p.group_code
                WHERE p.active AND (p.region_code LIKE :like OR p.visitor_account_id = :me)
                  AND (:group = '' OR p.group_code = :group)
                  AND (:q = '' OR (NOT g.sensitive AND strpos(p.name, :q) > 0))
                ORDER BY p.next_due_at, p.id LIMIT :limit""")
                .param("like", me.scope().regionLike()).param("me", me.accountId().value())
                .param("group", groupCode == null ? "" : groupCode.strip()).param("q", name)
                .param("limit", Math.max(1, Math.min(limit, 500)))
                .query(Rows.of(ListRow.class)).list().stream().map(r -> r.person(now)).toList();
    }

    /** A line of the list as read; a sensitive group's name is always masked there. */
    private record ListRow(PersonId id, String name, boolean sensitive, String groupCode, Risk risk, String gridCode,
            @Nullable String visitorName, @Nullable Instant lastVisitAt, Instant nextDueAt, @Nullable Instant escalatedAt) {

        PersonRow person(Instant now) {
            return new PersonRow(id, sensitive ? maskName(name) : name, groupCode, risk, gridCode, visitorName,
                    lastVisitAt, nextDueAt, VisitSchedule.overdue(nextDueAt, now), escalatedAt);
        }
    }

    /** 张小明 → 张**: a child's name for those without a need to know. */
    static String maskName(String name) {
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The person's blind-indexed phone matches, for the hotline flag. */
    Optional<String> groupOfCaller(String phoneIndex, String regionLike) {
        return jdbc.sql("""
                SELECT g.name_zh || '|' || g.name_en FROM care_person p JOIN care_group g ON g.code = p.group_code
                WHERE p.phone_index = :i AND p.active AND p.region_code LIKE :like ORDER BY p.id LIMIT 1""")
                .param("i", phoneIndex).param("like", regionLike).query(String.class).optional();
    }

    /** Active registered people of {@code groupCode} in each of {@code units} (villages or townships). For pre-filling forms. */
    public java.util.Map<RegionCode, Long> registeredIn(java.util.Collection<RegionCode> units, String groupCode) {
        java.util.Map<RegionCode, Long> out = new java.util.HashMap<>();
        for (RegionCode u : units) {
            out.put(u, jdbc.sql("SELECT count(*) FROM care_person WHERE active AND group_code = :g AND region_code LIKE :p")
                    .param("g", groupCode).param("p", u.prefix() + "%").query(Long.class).single());
        }
        return out;
    }
}

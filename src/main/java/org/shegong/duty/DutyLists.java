package org.shegong.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.shegong.ConcurrentChange;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Township duty lists in numbered versions. Editing happens on the one draft of a township (each
 * edit presents the draft's lock version; a stale one is refused whole); publishing gives the draft
 * an effective date and freezes it. {@link #inForce} reproduces the list in force on any date.
 */
@Service
public class DutyLists {

    private final JdbcClient jdbc;
    private final RegionDirectory regions;
    private final UnitManagement units;
    private final CategoryCatalogue categories;
    private final Clock clock;
    // published versions never change (the database refuses it), so their items can be kept
    private final Map<Long, List<DutyItem>> publishedItems = new ConcurrentHashMap<>();

    DutyLists(JdbcClient jdbc, RegionDirectory regions, UnitManagement units, CategoryCatalogue categories, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.units = units;
        this.categories = categories;
        this.clock = clock;
    }

    private record Header(long id, String townshipCode, int number, String status, LocalDate effectiveFrom,
            java.time.@org.jspecify.annotations.Nullable OffsetDateTime publishedAt, String publishedBy, int version) {
    }

    private record ItemRow(String code, String name, DutyItemType type, List<String> categoryCodes, @org.jspecify.annotations.Nullable Long leadUnitId) {
    }

    /** How many townships in the scope have published a duty list (the administrators' first-day checklist). */
    @Transactional(readOnly = true)
    public long publishedTownships(Scope scope) {
        return jdbc.sql("select count(distinct township_code) from duty_list where status = 'PUBLISHED' and township_code like :like")
                .param("like", scope.regionLike()).query(Long.class).single();
    }

    /** The version in force in {@code township} on {@code day}, if any has taken effect by then. */
    @Transactional(readOnly = true)
    public Optional<DutyListVersion> inForce(RegionCode township, LocalDate day) {
        return jdbc.sql("""
                select * from duty_list where township_code = :t and status = 'PUBLISHED' and effective_from <= :day
                order by effective_from desc, number desc limit 1
                """).param("t", township.value()).param("day", day).query(Rows.of(Header.class)).optional().map(this::load);
    }

    /** Every version of the township's list, newest first (items included). */
    @Transactional(readOnly = true)
    public List<DutyListVersion> versions(Scope scope, RegionCode township) {
        requireVisible(scope, township);
        return jdbc.sql("select * from duty_list where township_code = :t order by number desc")
                .param("t", township.value()).query(Rows.of(Header.class)).list().stream().map(this::load).toList();
    }

    @Transactional(readOnly = true)
    public DutyListVersion version(Scope scope, RegionCode township, int number) {
        requireVisible(scope, township);
        return jdbc.sql("select * from duty_list where township_code = :t and number = :n")
                .param("t", township.value()).param("n", number).query(Rows.of(Header.class)).optional().map(this::load)
                .orElseThrow(() -> new NotFound("duty list", township + "#" + number));
    }

    @Transactional(readOnly = true)
    public Optional<DutyListVersion> draft(Scope scope, RegionCode township) {
        requireVisible(scope, township);
        return draftHeader(township).map(this::load);
    }

    /** The township's draft; a new one starts as a copy of the latest published version. */
    @Transactional
    public DutyListVersion openDraft(StaffPrincipal actor, RegionCode township) {
        requireEditor(actor, township);
        jdbc.sql("select pg_advisory_xact_lock(hashtext('duty_list:' || :t))").param("t", township.value()).query().listOfRows();
        Optional<Header> existing = draftHeader(township);
        if (existing.isPresent()) {
            return load(existing.get());
        }
        Optional<Header> latest = jdbc.sql("select * from duty_list where township_code = :t order by number desc limit 1")
                .param("t", township.value()).query(Rows.of(Header.class)).optional();
        int number = latest.map(h -> h.number() + 1).orElse(1);
        long id = jdbc.sql("insert into duty_list (township_code, number, status) values (:t, :n, 'DRAFT') returning id")
                .param("t", township.value()).param("n", number).query(Long.class).single();
        latest.ifPresent(h -> jdbc.sql("""
                insert into duty_list_item (list_id, code, name, type, category_codes, lead_unit_id, position)
                select :id, code, name, type, category_codes, lead_unit_id, position from duty_list_item where list_id = :from
                """).param("id", id).param("from", h.id()).update());
        return load(draftHeader(township).orElseThrow());
    }

    /** Adds an item to the draft, or replaces the item with the same code. */
    @Transactional
    public DutyListVersion putItem(StaffPrincipal actor, RegionCode township, int expectedVersion, DutyItemInput input) {
        requireEditor(actor, township);
        List<DutyItem> checked = check(township, List.of(new DutyItemPolicy.Candidate(null, input)));
        Header draft = lockDraft(township, expectedVersion);
        DutyItem item = checked.get(0);
        int position = jdbc.sql("select coalesce((select position from duty_list_item where list_id = :id and code = :code), "
                + "(select coalesce(max(position), 0) + 1 from duty_list_item where list_id = :id))")
                .param("id", draft.id()).param("code", item.code()).query(Integer.class).single();
        jdbc.sql("delete from duty_list_item where list_id = :id and code = :code").param("id", draft.id())
                .param("code", item.code()).update();
        insert(draft.id(), item, position);
        return load(draftHeader(township).orElseThrow());
    }

    @Transactional
    public DutyListVersion removeItem(StaffPrincipal actor, RegionCode township, int expectedVersion, String code) {
        requireEditor(actor, township);
        Header draft = lockDraft(township, expectedVersion);
        int n = jdbc.sql("delete from duty_list_item where list_id = :id and code = :code").param("id", draft.id())
                .param("code", code).update();
        if (n == 0) {
            throw new NotFound("duty item", code);
        }
        return load(draftHeader(township).orElseThrow());
    }

    /** Replaces every item of the draft with the rows of an Excel workbook; all or nothing. */
    @Transactional
    public DutyListVersion importWorkbook(StaffPrincipal actor, RegionCode township, int expectedVersion, byte[] xlsx) {
        requireEditor(actor, township);
        // one workbook import at a time across all nodes (held until commit): reading is bounded, but not free
        if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtext('shegong.import.duty'))")
                .query(Boolean.class).single())) {
            throw new DutyListRejected(List.of(new DutyListRejected.Problem(null, "file", "duty.import.busy")));
        }
        List<DutyItem> items = check(township, DutyWorkbook.read(xlsx));
        Header draft = lockDraft(township, expectedVersion);
        jdbc.sql("delete from duty_list_item where list_id = :id").param("id", draft.id()).update();
        int position = 1;
        for (DutyItem item : items) {
            insert(draft.id(), item, position++);
        }
        return load(draftHeader(township).orElseThrow());
    }

    /** Publishes the draft, in force from {@code effectiveFrom}, which must follow the latest published version's date. */
    @Transactional
    public DutyListVersion publish(StaffPrincipal actor, RegionCode township, int expectedVersion, LocalDate effectiveFrom) {
        requireEditor(actor, township);
        if (effectiveFrom == null) {
            throw new InvalidInput("effectiveFrom", "duty.publish.date.required");
        }
        Header draft = lockDraft(township, expectedVersion);
        Optional<LocalDate> latest = jdbc.sql("""
                select max(effective_from) from duty_list where township_code = :t and status = 'PUBLISHED'
                """).param("t", township.value()).query(LocalDate.class).optional();
        if (latest.isPresent() && !effectiveFrom.isAfter(latest.get())) {
            // a version may not take effect before an already published one: past lists stay reproducible
            throw new InvalidInput("effectiveFrom", "duty.publish.date.notAfter", latest.get().toString());
        }
        int items = jdbc.sql("select count(*) from duty_list_item where list_id = :id").param("id", draft.id())
                .query(Integer.class).single();
        if (items == 0) {
            throw new InvalidInput("items", "duty.publish.empty");
        }
        jdbc.sql("""
                update duty_list set status = 'PUBLISHED', effective_from = :from, published_at = :at, published_by = :by
                where id = :id
                """).param("from", effectiveFrom).param("at", java.sql.Timestamp.from(clock.instant()))
                .param("by", actor.username()).param("id", draft.id()).update();
        return version(actor.scope(), township, draft.number());
    }

    /** The Excel form of a version (or the draft). */
    @Transactional(readOnly = true)
    public byte[] export(Scope scope, RegionCode township, int number) {
        DutyListVersion v = version(scope, township, number);
        return DutyWorkbook.write(v, id -> units.byId(UnitId.of(id)).map(UnitView::name).orElse(String.valueOf(id)));
    }

    /** The empty import template with the active category codes on a second sheet. */
    public byte[] template() {
        return DutyWorkbook.template(categories.activeCategories());
    }

    /** Whether {@code scope} may see the township; also checks that the code is a known township. */
    public void requireVisible(Scope scope, RegionCode township) {
        if (township.level() != RegionLevel.TOWNSHIP || regions.find(township).isEmpty() || !scope.covers(township)) {
            throw new NotFound("township", township.value());
        }
    }

    private void requireEditor(StaffPrincipal actor, RegionCode township) {
        requireVisible(actor.scope(), township);
        // PROVINCE/CITY/COUNTY_ADMIN within scope maintain the lists
        if (!actor.isAdministrator()) {
            throw new AccessDeniedException("administrators only");
        }
    }

    private List<DutyItem> check(RegionCode township, List<DutyItemPolicy.Candidate> candidates) {
        Scope county = Scope.of(township.ancestorAt(RegionLevel.COUNTY));
        java.util.Set<String> active = categories.activeCategories().stream().map(Category::code)
                .collect(java.util.stream.Collectors.toSet());
        Map<String, Optional<UnitView>> departments = new java.util.HashMap<>();
        return DutyItemPolicy.check(candidates, active::contains,
                lead -> departments.computeIfAbsent(lead, l -> department(county, l)));
    }

    /** A county functional department by unit id or exact name; departments above the county may be named by id. */
    private Optional<UnitView> department(Scope county, String lead) {
        if (lead.chars().allMatch(Character::isDigit) && lead.length() <= 18) {
            return units.byId(UnitId.of(Long.parseLong(lead))).filter(u -> u.kind() == UnitKind.FUNCTIONAL_DEPARTMENT && u.active())
                    .filter(u -> county.covers(u.region()) || u.region().contains(county.region()));
        }
        return units.search(county, lead, 500).stream()
                .filter(u -> u.name().equals(lead) && u.kind() == UnitKind.FUNCTIONAL_DEPARTMENT && u.active()).findFirst();
    }

    private Header lockDraft(RegionCode township, int expectedVersion) {
        Header draft = draftHeader(township).orElseThrow(() -> new NotFound("duty list draft", township.value()));
        int n = jdbc.sql("update duty_list set version = version + 1 where id = :id and status = 'DRAFT' and version = :v")
                .param("id", draft.id()).param("v", expectedVersion).update();
        if (n == 0) {
            throw new ConcurrentChange("duty list draft", township.value());
        }
        return draft;
    }

    private Optional<Header> draftHeader(RegionCode township) {
        return jdbc.sql("select * from duty_list where township_code = :t and status = 'DRAFT'")
                .param("t", township.value()).query(Rows.of(Header.class)).optional();
    }

    private void insert(long listId, DutyItem item, int position) {
        jdbc.sql("""
                insert into duty_list_item (list_id, code, name, type, category_codes, lead_unit_id, position)
                values (:id, :code, :name, :type, :cats, :lead, :pos)
                """).param("id", listId).param("code", item.code()).param("name", item.name())
                .param("type", item.type().name()).param("cats", item.categoryCodes().toArray(String[]::new))
                .param("lead", item.leadUnitId(), java.sql.Types.BIGINT).param("pos", position).update();
    }

    private DutyListVersion load(Header h) {
        boolean published = "PUBLISHED".equals(h.status());
        List<DutyItem> items = published ? publishedItems.computeIfAbsent(h.id(), this::items) : items(h.id());
        return new DutyListVersion(h.id(), RegionCode.of(h.townshipCode()), h.number(), published, h.effectiveFrom(),
                h.publishedAt() == null ? null : h.publishedAt().toInstant(), h.publishedBy(), h.version(), items);
    }

    private List<DutyItem> items(long listId) {
        return jdbc.sql("select code, name, type, category_codes, lead_unit_id from duty_list_item where list_id = :id order by position, code")
                .param("id", listId).query(Rows.of(ItemRow.class)).list().stream()
                .map(r -> new DutyItem(r.code(), r.name(), r.type(), r.categoryCodes(), r.leadUnitId()))
                .toList();
    }
}

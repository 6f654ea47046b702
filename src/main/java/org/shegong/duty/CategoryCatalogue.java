package org.shegong.duty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shegong.ConcurrentChange;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Role;
import org.shegong.Rows;
import org.shegong.identity.StaffPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The category catalogue of citizen demands: a three-level tree (field → category → item) with stable codes.
 * Everyone reads it; province administrators rename, deactivate and add categories and items (one by one or from a
 * workbook). Every change makes a new numbered edition with a snapshot of the whole catalogue, so a demand keeps
 * the edition it was filed under. Duty lists cover categories (second level): a new category is offered to them
 * at once.
 */
@Service
public class CategoryCatalogue {

    private final JdbcClient jdbc;
    private final long refreshNanos;
    private volatile @Nullable Known known;
    /** Raised by every change: a copy read while one was committing is not kept. */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    CategoryCatalogue(JdbcClient jdbc,
            @Value("${shegong.duty.catalogue-refresh:PT30S}") java.time.Duration refresh) {
        this.jdbc = jdbc;
        this.refreshNanos = refresh.toNanos();
    }

    /**
     * The categories as last read, by code: every intake checks its category, and the catalogue changes a few times a
     * year (issue 12's intake ledger: one query and one transaction per demand for a table of 200 rows). A change on
     * this node replaces it once committed; another node's change is read within {@code shegong.duty.catalogue-refresh}.
     */
    private record Known(Map<String, Category> byCode, long readAt) {
    }

    /** All fields with their categories (active or not), in sort order. */
    @Transactional(readOnly = true)
    public List<CategoryField> tree() {
        List<Category> all = all();
        Map<String, List<Category>> byParent = all.stream().filter(c -> !c.isField())
                .collect(Collectors.groupingBy(Category::parentCode));
        return all.stream().filter(Category::isField)
                .map(f -> new CategoryField(f, byParent.getOrDefault(f.code(), List.of()))).toList();
    }

    /** A category or field by its code, as the catalogue stands (read from memory, see {@link Known}). */
    public Optional<Category> find(String code) {
        String c = code == null ? "" : code.strip();
        Category hit = known().byCode().get(c);
        if (hit != null) {
            return Optional.of(hit);
        }
        // not known when last read: the database decides (a code added on another node since)
        return jdbc.sql("select * from duty_category where code = :code").param("code", c)
                .query(Rows.of(Category.class)).optional();
    }

    private Known known() {
        Known k = known;
        long now = System.nanoTime();
        if (k == null || now - k.readAt() > refreshNanos) {
            long before = changes.get();
            Map<String, Category> byCode = new java.util.HashMap<>();
            all().forEach(c -> byCode.put(c.code(), c));
            k = new Known(Map.copyOf(byCode), now);
            if (changes.get() == before) {
                known = k;
            }
        }
        return k;
    }

    /** Categories (not fields) that may be used now: active themselves and in an active field. */
    @Transactional(readOnly = true)
    public List<Category> activeCategories() {
        return jdbc.sql("""
                select c.* from duty_category c join duty_category f on f.code = c.parent_code
                where c.active and f.active order by f.sort_order, f.code, c.sort_order, c.code
                """).query(Rows.of(Category.class)).list();
    }

    @Transactional
    public Category update(StaffPrincipal actor, String code, int expectedVersion, String nameZh, String nameEn,
            boolean active) {
        requireProvinceAdministrator(actor);
        find(code).orElseThrow(() -> new NotFound("category", code));
        int n = jdbc.sql("""
                update duty_category set name_zh = :zh, name_en = :en, active = :active, version = version + 1
                where code = :code and version = :version
                """).param("zh", name(nameZh, "nameZh")).param("en", name(nameEn, "nameEn")).param("active", active)
                .param("code", code).param("version", expectedVersion).update();
        if (n == 0) {
            throw new ConcurrentChange("category", code);
        }
        newEdition(actor, "分类 " + code + " 修改");
        return find(code).orElseThrow();
    }

    /** Adds a category to a field; its code is the next free {@code XX-nn}. */
    @Transactional
    public Category addCategory(StaffPrincipal actor, String fieldCode, String nameZh, String nameEn) {
        requireProvinceAdministrator(actor);
        Category field = find(fieldCode).filter(Category::isField)
                .orElseThrow(() -> new InvalidInput("field", "duty.category.field.unknown", fieldCode));
        String zh = name(nameZh, "nameZh");
        String en = name(nameEn, "nameEn");
        jdbc.sql("select code from duty_category where code = :code for update").param("code", field.code()).query().listOfRows();
        List<Category> siblings = new ArrayList<>(all().stream().filter(c -> field.code().equals(c.parentCode())).toList());
        if (siblings.stream().anyMatch(c -> c.nameZh().equals(zh))) {
            throw new InvalidInput("nameZh", "duty.category.name.taken", zh);
        }
        int next = siblings.stream().mapToInt(c -> Integer.parseInt(c.code().substring(3))).max().orElse(0) + 1;
        if (next > 99) {
            throw new InvalidInput("field", "duty.category.field.full", field.code());
        }
        String code = "%s-%02d".formatted(field.code(), next);
        int sort = siblings.stream().mapToInt(Category::sortOrder).max().orElse(0) + 1;
        jdbc.sql("""
                insert into duty_category (code, parent_code, name_zh, name_en, sort_order)
                values (:code, :parent, :zh, :en, :sort)
                """).param("code", code).param("parent", field.code()).param("zh", zh).param("en", en).param("sort", sort)
                .update();
        newEdition(actor, "分类 " + code + " 新增");
        return find(code).orElseThrow();
    }

    /** The limits on an item's texts. */
    static final int MAX_KEYWORDS = 500;
    static final int MAX_UNIT_KIND = 30;
    public static final List<String> LIMIT_CLASSES = List.of("EMERGENCY", "UTILITIES", "ORDINARY");

    /** All items (active or not), in the order of their categories. */
    @Transactional(readOnly = true)
    public List<CategoryItem> items() {
        return jdbc.sql("""
                select i.* from duty_category_item i join duty_category c on c.code = i.category_code
                join duty_category f on f.code = c.parent_code
                order by f.sort_order, f.code, c.sort_order, c.code, i.sort_order, i.code
                """).query(Rows.of(CategoryItem.class)).list();
    }

    /** Items that may be used now: active, in an active category of an active field. */
    @Transactional(readOnly = true)
    public List<CategoryItem> activeItems() {
        return jdbc.sql("""
                select i.* from duty_category_item i join duty_category c on c.code = i.category_code
                join duty_category f on f.code = c.parent_code
                where i.active and c.active and f.active
                order by f.sort_order, f.code, c.sort_order, c.code, i.sort_order, i.code
                """).query(Rows.of(CategoryItem.class)).list();
    }

    /** Items grouped by their category's code. */
    @Transactional(readOnly = true)
    public Map<String, List<CategoryItem>> itemsByCategory() {
        return items().stream().collect(Collectors.groupingBy(CategoryItem::categoryCode, java.util.LinkedHashMap::new,
                Collectors.toList()));
    }

    @Transactional(readOnly = true)
    public Optional<CategoryItem> findItem(String code) {
        return jdbc.sql("select * from duty_category_item where code = :code").param("code", code == null ? "" : code.strip())
                .query(Rows.of(CategoryItem.class)).optional();
    }

    /** The number of the catalogue's current edition (it grows by one with every change). */
    @Transactional(readOnly = true)
    public int edition() {
        return jdbc.sql("select coalesce(max(number), 0) from duty_catalogue_edition").query(Integer.class).single();
    }

    /** The Chinese name a code (field, category or item) had in an edition, if it existed then. */
    @Transactional(readOnly = true)
    public Optional<String> nameIn(int edition, String code) {
        return jdbc.sql("select name_zh from duty_catalogue_snapshot where edition = :e and code = :c")
                .param("e", edition).param("c", code).query(String.class).optional();
    }

    /** What one item should become: from the page, the API or a workbook row. */
    public record ItemInput(@Nullable String nameZh, @Nullable String nameEn, @Nullable String unitKind,
            @Nullable String limitClass, @Nullable String keywords, boolean active) {
    }

    /** Adds an item to a category; its code is the next free {@code XX-nn-nn}. */
    @Transactional
    public CategoryItem addItem(StaffPrincipal actor, String categoryCode, ItemInput input) {
        requireProvinceAdministrator(actor);
        CategoryItem added = insertItem(categoryCode, input);
        newEdition(actor, "事项 " + added.code() + " 新增");
        return added;
    }

    @Transactional
    public CategoryItem updateItem(StaffPrincipal actor, String code, int expectedVersion, ItemInput input) {
        requireProvinceAdministrator(actor);
        CategoryItem item = findItem(code).orElseThrow(() -> new NotFound("categoryItem", code));
        changeItem(item, expectedVersion, input);
        newEdition(actor, "事项 " + code + " 修改");
        return findItem(code).orElseThrow();
    }

    /** The whole catalogue as a workbook: one row per item, with its field and category. */
    @Transactional(readOnly = true)
    public byte[] export() {
        return CatalogueWorkbook.write(tree(), items());
    }

    /**
     * Applies a workbook: a row with an item code changes that item, a row without one adds an item to the row's
     * category. Every row is checked first; one wrong row refuses the whole workbook and names the rows. One edition.
     */
    @Transactional
    public int importWorkbook(StaffPrincipal actor, byte[] bytes) {
        requireProvinceAdministrator(actor);
        List<CatalogueWorkbook.Row> rows = CatalogueWorkbook.read(bytes);
        List<String> problems = new ArrayList<>();
        for (CatalogueWorkbook.Row r : rows) {
            try {
                check(r.input());
                if (r.code().isEmpty()) {
                    find(r.categoryCode()).filter(c -> !c.isField())
                            .orElseThrow(() -> new InvalidInput("category", "duty.item.category.unknown", r.categoryCode()));
                } else {
                    CategoryItem existing = findItem(r.code())
                            .orElseThrow(() -> new InvalidInput("code", "duty.item.unknown", r.code()));
                    if (!existing.categoryCode().equals(r.categoryCode())) {
                        throw new InvalidInput("category", "duty.item.unknown", r.code());
                    }
                }
            } catch (InvalidInput e) {
                problems.add(String.valueOf(r.row()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("file", "duty.catalogue.import.rows", String.join(", ", problems));
        }
        for (CatalogueWorkbook.Row r : rows) {
            if (r.code().isEmpty()) {
                insertItem(r.categoryCode(), r.input());
            } else {
                CategoryItem existing = findItem(r.code()).orElseThrow();
                changeItem(existing, existing.version(), r.input());
            }
        }
        newEdition(actor, "导入 " + rows.size() + " 行");
        return rows.size();
    }

    private CategoryItem insertItem(String categoryCode, ItemInput input) {
        Category category = find(categoryCode).filter(c -> !c.isField())
                .orElseThrow(() -> new InvalidInput("category", "duty.item.category.unknown", categoryCode));
        ItemInput in = check(input);
        jdbc.sql("select code from duty_category where code = :code for update").param("code", category.code()).query().listOfRows();
        List<CategoryItem> siblings = items().stream().filter(i -> i.categoryCode().equals(category.code())).toList();
        if (siblings.stream().anyMatch(i -> i.nameZh().equals(in.nameZh()))) {
            throw new InvalidInput("nameZh", "duty.category.name.taken", in.nameZh());
        }
        int next = siblings.stream().mapToInt(i -> Integer.parseInt(i.code().substring(6))).max().orElse(0) + 1;
        if (next > 99) {
            throw new InvalidInput("category", "duty.item.category.full", category.code());
        }
        String code = "%s-%02d".formatted(category.code(), next);
        int sort = siblings.stream().mapToInt(CategoryItem::sortOrder).max().orElse(0) + 1;
        jdbc.sql("""
                insert into duty_category_item (code, category_code, name_zh, name_en, unit_kind, limit_class, keywords,
                                                active, sort_order)
                values (:code, :category, :zh, :en, :unit, :limit, :keywords, :active, :sort)
                """).param("code", code).param("category", category.code()).param("zh", in.nameZh()).param("en", in.nameEn())
                .param("unit", in.unitKind()).param("limit", in.limitClass()).param("keywords", in.keywords())
                .param("active", in.active()).param("sort", sort).update();
        return findItem(code).orElseThrow();
    }

    private void changeItem(CategoryItem item, int expectedVersion, ItemInput input) {
        ItemInput in = check(input);
        int n = jdbc.sql("""
                update duty_category_item set name_zh = :zh, name_en = :en, unit_kind = :unit, limit_class = :limit,
                       keywords = :keywords, active = :active, version = version + 1
                where code = :code and version = :version
                """).param("zh", in.nameZh()).param("en", in.nameEn()).param("unit", in.unitKind())
                .param("limit", in.limitClass()).param("keywords", in.keywords()).param("active", in.active())
                .param("code", item.code()).param("version", expectedVersion).update();
        if (n == 0) {
            throw new ConcurrentChange("categoryItem", item.code());
        }
    }

    /** The input with its texts stripped and checked; keywords are kept space-separated. */
    static ItemInput check(ItemInput in) {
        String zh = name(in.nameZh(), "nameZh");
        String en = name(in.nameEn(), "nameEn");
        String unit = in.unitKind() == null ? "" : in.unitKind().strip();
        if (unit.isEmpty() || unit.length() > MAX_UNIT_KIND) {
            throw new InvalidInput("unitKind", "duty.item.unitKind.invalid", MAX_UNIT_KIND);
        }
        String limit = in.limitClass() == null ? "" : in.limitClass().strip().toUpperCase(java.util.Locale.ROOT);
        if (!LIMIT_CLASSES.contains(limit)) {
            throw new InvalidInput("limitClass", "duty.item.limitClass.invalid", String.join("/", LIMIT_CLASSES));
        }
        String keywords = String.join(" ", (in.keywords() == null ? "" : in.keywords()).strip().split("[\\s,，、;；]+")).strip();
        if (keywords.length() > MAX_KEYWORDS) {
            throw new InvalidInput("keywords", "duty.item.keywords.tooLong", MAX_KEYWORDS);
        }
        return new ItemInput(zh, en, unit, limit, keywords, in.active());
    }

    /** A new edition numbered after the last, holding a snapshot of the whole catalogue as it is now. */
    private void newEdition(StaffPrincipal actor, String what) {
        // whatever this transaction changed is read again once it commits (and forgotten at once, so nothing this
        // transaction reads is an older copy)
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext('duty_catalogue_edition'))").query().listOfRows();
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from duty_catalogue_edition").query(Integer.class).single();
        jdbc.sql("insert into duty_catalogue_edition (number, made_by, what) values (:n, :by, :what)").param("n", number)
                .param("by", actor.username()).param("what", what).update();
        jdbc.sql("""
                insert into duty_catalogue_snapshot (edition, code, parent_code, name_zh, name_en, unit_kind, limit_class, active)
                select :n, code, parent_code, name_zh, name_en, null, null, active from duty_category
                union all
                select :n, code, category_code, name_zh, name_en, unit_kind, limit_class, active from duty_category_item
                """).param("n", number).update();
    }

    private void forget() {
        changes.incrementAndGet();
        known = null;
    }

    private List<Category> all() {
        return jdbc.sql("select * from duty_category order by sort_order, code").query(Rows.of(Category.class)).list();
    }

    private static String name(String s, String field) {
        String v = s == null ? "" : s.strip();
        if (v.isEmpty() || v.length() > 50) {
            throw new InvalidInput(field, "duty.category.name.invalid");
        }
        return v;
    }

    private static void requireProvinceAdministrator(StaffPrincipal actor) {
        if (!actor.has(Role.PROVINCE_ADMIN)) {
            throw new AccessDeniedException("province administrators only");
        }
    }
}

package org.shegong.duty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.shegong.ConcurrentChange;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Role;
import org.shegong.identity.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category catalogue of citizen demands: a two-level tree (field → category) with stable codes.
 * Everyone reads it; province administrators rename, deactivate and add categories.
 */
@Service
public class CategoryCatalogue {

    private final JdbcClient jdbc;

    CategoryCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    @Transactional(readOnly = true)
    public Optional<Category> find(String code) {
        return jdbc.sql("select * from duty_category where code = :code").param("code", code == null ? "" : code.strip())
                .query(Category.class).optional();
    }

    /** Categories (not fields) that may be used now: active themselves and in an active field. */
    @Transactional(readOnly = true)
    public List<Category> activeCategories() {
        return jdbc.sql("""
                select c.* from duty_category c join duty_category f on f.code = c.parent_code
                where c.active and f.active order by f.sort_order, f.code, c.sort_order, c.code
                """).query(Category.class).list();
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
        return find(code).orElseThrow();
    }

    private List<Category> all() {
        return jdbc.sql("select * from duty_category order by sort_order, code").query(Category.class).list();
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

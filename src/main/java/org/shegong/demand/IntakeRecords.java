package org.shegong.demand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.Rows;
import org.shegong.duty.Category;
import org.shegong.duty.CategoryCatalogue;
import org.shegong.duty.CategoryItem;
import org.shegong.region.Scope;
import org.shegong.text.Emergency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the hotline's judgement suggested when a demand was registered, next to what the operator chose, and the
 * catalogue edition it was filed under — in names (Chinese as the edition named them, English as named now), for
 * the demand's page.
 */
@Service
public class IntakeRecords {

    /** A catalogue place by its names, field › category › item, with the suggestion's confidence if it was one. */
    public record Named(String code, String pathZh, String pathEn, @Nullable Double confidence) {
    }

    /** The record of one intake. {@code took}: null when no suggestion was shown. */
    public record IntakeRecord(int edition, List<Named> suggested, Named chosen, @Nullable Boolean took,
            @Nullable String emergencyZh, @Nullable String emergencyEn) {
    }

    private final JdbcClient jdbc;
    private final CategoryCatalogue catalogue;

    IntakeRecords(JdbcClient jdbc, CategoryCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /** The intake record of a demand in the scope; none for a demand registered before judgements were kept. */
    @Transactional(readOnly = true)
    public Optional<IntakeRecord> of(Scope scope, DemandId demandId) {
        record Row(int edition, String category, @Nullable String item, @Nullable String suggested, @Nullable String emergency,
                @Nullable Boolean took) {
        }
        return jdbc.sql("""
                select j.catalogue_edition as edition, j.category_code as category, j.item_code as item, j.suggested,
                       j.emergency, j.took_suggestion as took
                from demand_judgement j join demand d on d.id = j.demand_id
                where j.demand_id = :id and d.region_code like :scope
                """).param("id", demandId.value()).param("scope", scope.regionLike())
                .query(Rows.of(Row.class)).optional().map(r -> {
                    List<Named> offered = new ArrayList<>();
                    if (r.suggested() != null) {
                        for (String part : r.suggested().split(",")) {
                            String[] codeAndConfidence = part.strip().split(" ");
                            if (codeAndConfidence[0].matches("[A-Z]{2}-[0-9]{2}(-[0-9]{2})?")) {
                                offered.add(named(r.edition(), codeAndConfidence[0], confidence(codeAndConfidence)));
                            }
                        }
                    }
                    Emergency danger = emergency(r.emergency());
                    return new IntakeRecord(r.edition(), offered,
                            named(r.edition(), r.item() != null ? r.item() : r.category(), null), r.took(),
                            danger == null ? null : danger.labelZh(), danger == null ? null : danger.labelEn());
                });
    }

    private static @Nullable Double confidence(String[] codeAndConfidence) {
        try {
            return codeAndConfidence.length > 1 ? Double.valueOf(codeAndConfidence[1]) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Emergency emergency(@Nullable String kind) {
        if (kind == null) {
            return null;
        }
        for (Emergency e : Emergency.values()) {
            if (e.name().equals(kind)) {
                return e;
            }
        }
        return null;
    }

    private Named named(int edition, String code, @Nullable Double confidence) {
        List<String> codes = new ArrayList<>(List.of(code.substring(0, 2)));
        if (code.length() >= 5) {
            codes.add(code.substring(0, 5));
        }
        if (code.length() >= 8) {
            codes.add(code);
        }
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String c : codes) {
            Optional<String> now = c.length() == 8 ? catalogue.findItem(c).map(CategoryItem::nameEn)
                    : catalogue.find(c).map(Category::nameEn);
            Optional<String> nowZh = c.length() == 8 ? catalogue.findItem(c).map(CategoryItem::nameZh)
                    : catalogue.find(c).map(Category::nameZh);
            zh.add(catalogue.nameIn(edition, c).or(() -> nowZh).orElse(c));
            en.add(now.orElse(zh.get(zh.size() - 1)));
        }
        return new Named(code, String.join(" › ", zh), String.join(" › ", en), confidence);
    }
}

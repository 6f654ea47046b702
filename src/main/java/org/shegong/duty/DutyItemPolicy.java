package org.shegong.duty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitView;

/**
 * Checks duty-list items as a whole: every row is checked and every problem reported, so an import
 * is all-or-nothing and the user can fix the whole sheet at once.
 */
final class DutyItemPolicy {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");
    static final int MAX_ITEMS = 2000;

    /** A row to check; {@code row} is the spreadsheet row, or {@code null} for an item typed in the UI/API. */
    record Candidate(@Nullable Integer row, DutyItemInput input) {
    }

    private DutyItemPolicy() {
    }

    /**
     * @param activeCategory whether a code names an active category (not a field)
     * @param department     resolves a unit id or exact name to a unit the township's list may name
     */
    static List<DutyItem> check(List<Candidate> candidates, Predicate<String> activeCategory,
            Function<String, Optional<UnitView>> department) {
        List<DutyListRejected.Problem> problems = new ArrayList<>();
        List<DutyItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (candidates.size() > MAX_ITEMS) {
            throw new DutyListRejected(List.of(new DutyListRejected.Problem(null, "file", "duty.import.tooManyRows", MAX_ITEMS)));
        }
        for (Candidate c : candidates) {
            Integer row = c.row();
            DutyItemInput in = c.input();
            int before = problems.size();
            String code = in.code() == null ? "" : in.code().strip().toUpperCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                problems.add(new DutyListRejected.Problem(row, "code", "duty.item.code.invalid", code));
            } else if (!seen.add(code)) {
                problems.add(new DutyListRejected.Problem(row, "code", "duty.item.code.duplicate", code));
            }
            String name = in.name() == null ? "" : in.name().strip();
            if (name.isEmpty() || name.length() > 200) {
                problems.add(new DutyListRejected.Problem(row, "name", "duty.item.name.invalid"));
            }
            DutyItemType type = type(in.type());
            if (type == null) {
                problems.add(new DutyListRejected.Problem(row, "type", "duty.item.type.invalid", String.valueOf(in.type())));
            }
            List<String> categories = in.categoryCodes() == null ? List.of() : in.categoryCodes().stream()
                    .flatMap(s -> Arrays.stream(s.split("[,，、;；\\s]+"))).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> s.toUpperCase(Locale.ROOT)).distinct().toList();
            if (categories.isEmpty()) {
                problems.add(new DutyListRejected.Problem(row, "categoryCodes", "duty.item.category.required"));
            }
            for (String cat : categories) {
                if (!activeCategory.test(cat)) {
                    problems.add(new DutyListRejected.Problem(row, "categoryCodes", "duty.item.category.unknown", cat));
                }
            }
            String lead = in.lead() == null ? "" : in.lead().strip();
            Long leadId = null;
            if (type != null && type != DutyItemType.BASIC) {
                // 中办国办清单意见: 配合/收回事项 name the county department that leads or took the work back
                if (lead.isEmpty()) {
                    problems.add(new DutyListRejected.Problem(row, "lead", "duty.item.lead.required"));
                } else {
                    Optional<UnitView> unit = department.apply(lead).filter(u -> u.kind() == UnitKind.FUNCTIONAL_DEPARTMENT);
                    if (unit.isEmpty()) {
                        problems.add(new DutyListRejected.Problem(row, "lead", "duty.item.lead.unknown", lead));
                    } else {
                        leadId = unit.get().id().value();
                    }
                }
            }
            if (problems.size() == before) {
                items.add(new DutyItem(code, name, type, categories, leadId));
            }
        }
        if (!problems.isEmpty()) {
            throw new DutyListRejected(problems);
        }
        return items;
    }

    static @Nullable DutyItemType type(@Nullable String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "基本", "基本履职事项", "BASIC" -> DutyItemType.BASIC;
            case "配合", "配合履职事项", "ASSISTING" -> DutyItemType.ASSISTING;
            case "收回", "上级部门收回事项", "WITHDRAWN" -> DutyItemType.WITHDRAWN;
            default -> null;
        };
    }
}

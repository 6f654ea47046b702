package org.shegong.demand;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.calendar.DeadlineRule;

/**
 * Which limits apply to a demand. Defaults follow the published rules; every number can be overridden
 * per region (a region inherits its parent's setting: the most specific matching override wins) and
 * per category, as DOMAIN §2 requires.
 */
public final class TimeLimitPolicy {

    // 四川省12345热线运行管理办法 (2025-12): 咨询 3, 求助/建议 7, 投诉/举报 15 working days
    private static final int ENQUIRY_DAYS = 3;
    private static final int HELP_OR_PROPOSAL_DAYS = 7;
    private static final int COMPLAINT_OR_REPORT_DAYS = 15;
    // DB11/T 2021—2022: dispatch within 1 h (emergency), 2 h (utilities), 24 h (ordinary); feedback 2 h / 24 h
    // Tianjin practice for acceptance (签收): 15 min, 30 min, 1 working day — minutes are rounded up to 1 h
    // Dispatch disputes: a unit may return a misdirected order within 1 working day (default, configurable)

    private final List<Override> overrides;

    /**
     * A local override: for demands in {@code regionPrefix} (a code prefix; "51" = the whole province)
     * and, if given, one category; null fields keep the inherited value.
     */
    public record Override(String regionPrefix, @Nullable String categoryCode, @Nullable DemandKind kind,
            @Nullable TimeLimitClass limitClass, @Nullable DeadlineRule dispatch, @Nullable DeadlineRule acceptance,
            @Nullable DeadlineRule handling, @Nullable DeadlineRule returnWindow, @Nullable DeadlineRule coHandling,
            String source) {
    }

    public TimeLimitPolicy(List<Override> overrides) {
        this.overrides = overrides.stream()
                .sorted(Comparator.comparingInt((Override o) -> o.regionPrefix().length())
                        .thenComparing(o -> o.categoryCode() == null ? 0 : 1))
                .toList();
    }

    public static TimeLimitPolicy defaults() {
        return new TimeLimitPolicy(List.of());
    }

    public TimeLimits limitsFor(DemandKind kind, TimeLimitClass limitClass, String regionCode, @Nullable String categoryCode) {
        TimeLimits limits = defaultLimits(kind, limitClass);
        for (Override o : overrides) {
            boolean applies = regionCode.startsWith(o.regionPrefix())
                    && (o.categoryCode() == null || o.categoryCode().equals(categoryCode))
                    && (o.kind() == null || o.kind() == kind)
                    && (o.limitClass() == null || o.limitClass() == limitClass);
            if (applies) {
                DeadlineRule handling = o.handling() == null ? limits.handling() : o.handling();
                DeadlineRule coHandling = o.coHandling() != null ? o.coHandling()
                        : o.handling() != null ? TimeLimits.coHandlingFor(handling) : limits.coHandling();
                limits = new TimeLimits(
                        o.dispatch() == null ? limits.dispatch() : o.dispatch(),
                        o.acceptance() == null ? limits.acceptance() : o.acceptance(),
                        handling,
                        o.returnWindow() == null ? limits.returnWindow() : o.returnWindow(),
                        coHandling,
                        o.source());
            }
        }
        return limits;
    }

    static TimeLimits defaultLimits(DemandKind kind, TimeLimitClass limitClass) {
        DeadlineRule returnWindow = DeadlineRule.workingDays(1);
        return switch (limitClass) {
            case EMERGENCY -> limits(DeadlineRule.hours(1), DeadlineRule.hours(1), DeadlineRule.hours(2),
                    returnWindow, "DB11/T 2021—2022 紧急类：1小时内派单，2小时内反馈");
            case UTILITIES -> limits(DeadlineRule.hours(2), DeadlineRule.hours(1), DeadlineRule.hours(24),
                    returnWindow, "DB11/T 2021—2022 水电气热类：2小时内派单，24小时内反馈");
            case ORDINARY -> limits(DeadlineRule.hours(24), DeadlineRule.workingDays(1),
                    DeadlineRule.workingDays(switch (kind) {
                        case ENQUIRY -> ENQUIRY_DAYS;
                        case HELP, PROPOSAL -> HELP_OR_PROPOSAL_DAYS;
                        case COMPLAINT, REPORT -> COMPLAINT_OR_REPORT_DAYS;
                    }), returnWindow, "四川省12345热线运行管理办法：咨询3个、求助和建议7个、投诉和举报15个工作日");
        };
    }

    private static TimeLimits limits(DeadlineRule dispatch, DeadlineRule acceptance, DeadlineRule handling,
            DeadlineRule returnWindow, String source) {
        // 接诉即办工作条例 §14 (首接负责制): co-handlers report to the lead in time for the lead to answer
        return new TimeLimits(dispatch, acceptance, handling, returnWindow, TimeLimits.coHandlingFor(handling), source);
    }
}

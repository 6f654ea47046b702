package org.shegong.petition;

import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitView;

/**
 * 信访工作条例 §§35–36: review and re-review go to the organ one level above ("上一级机关、单位"). An organ is above
 * another when its region strictly encloses the other's (a city department over a county department, a county
 * government over a township), or when it is the people's government of the same region as a functional
 * department or social-work department of that region (本级人民政府 over its own departments).
 */
final class HigherOrganPolicy {

    private HigherOrganPolicy() {
    }

    static boolean isAbove(UnitView upper, UnitView lower) {
        if (upper.id().equals(lower.id())) {
            return false;
        }
        if (!upper.region().equals(lower.region()) && upper.region().contains(lower.region())) {
            return true;
        }
        return upper.region().equals(lower.region()) && upper.kind() == UnitKind.GOVERNMENT
                && (lower.kind() == UnitKind.FUNCTIONAL_DEPARTMENT || lower.kind() == UnitKind.SOCIAL_WORK_DEPARTMENT);
    }
}

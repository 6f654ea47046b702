package org.shegong.volunteer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Minutes shown as hours with one decimal. */
final class Hours {

    private Hours() {
    }

    static String text(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.DOWN).toPlainString();
    }
}

package org.shegong.workforce;

import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Continuing education a credentialed social worker owes each calendar year. *default* 90 hours, configurable as
 * {@code shegong.workforce.training-hours-per-year}; a worker without a credential owes none.
 */
@Component
class TrainingPolicy {

    // 专业技术人员继续教育规定（人社部令第25号, 2015）§8: 每年累计不少于90学时
    static final BigDecimal DEFAULT_HOURS = new BigDecimal("90");

    private final BigDecimal required;

    TrainingPolicy(@Value("${shegong.workforce.training-hours-per-year:90}") BigDecimal required) {
        this.required = required;
    }

    BigDecimal required() {
        return required;
    }

    boolean behind(Credential credential, BigDecimal hoursThisYear) {
        return credential != Credential.NONE && hoursThisYear.compareTo(required) < 0;
    }
}

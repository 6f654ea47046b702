package org.shegong.volunteer;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age from the resident id's birth date and what it means. 志愿服务条例 §15 (tasks fit age and ability) and
 * 民法典 §17 (under 18 is a minor): a minor registers only with a guardian's recorded consent and never takes part
 * in an activity marked risky; 个人信息保护法 §§28, 31: data of a child under 14 is sensitive and needs the
 * guardian's consent to be processed.
 */
final class MinorPolicy {

    static final int ADULT_AGE = 18;
    static final int CHILD_AGE = 14;

    private MinorPolicy() {
    }

    static int age(LocalDate birthDate, LocalDate today) {
        return Period.between(birthDate, today).getYears();
    }

    static boolean minor(LocalDate birthDate, LocalDate today) {
        return age(birthDate, today) < ADULT_AGE;
    }

    static boolean child(LocalDate birthDate, LocalDate today) {
        return age(birthDate, today) < CHILD_AGE;
    }
}

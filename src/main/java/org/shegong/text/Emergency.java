package org.shegong.text;

/**
 * A danger that needs an immediate transfer instead of a work order (接诉即办 triage: emergencies go to
 * 110/119/120/122 or the utility's emergency line), with the number to transfer to.
 */
public enum Emergency {
    FIRE("119", "火情", "Fire"),
    GAS_LEAK("119", "燃气泄漏", "Gas leak"),
    EXPLOSION("119", "爆炸", "Explosion"),
    VIOLENCE("110", "正在发生的暴力", "Violence in progress"),
    SUICIDE_ATTEMPT("110", "轻生", "Suicide attempt"),
    PERSON_COLLAPSED("120", "有人倒地/急症", "Person collapsed"),
    POISONING("120", "中毒", "Poisoning"),
    DROWNING("110", "落水", "Drowning"),
    CHILD_LOCKED_IN_CAR("119", "儿童被锁车内", "Child locked in a car"),
    TRAPPED("119", "有人被困", "Person trapped"),
    FLOODING("119", "洪水内涝进屋", "Flooding into homes"),
    BURST_MAIN("供水抢修", "爆管涌水", "Burst water main"),
    LIVE_WIRE("95598", "电线断落", "Live wire down"),
    LANDSLIDE("119", "滑坡/泥石流", "Landslide"),
    ROAD_COLLAPSE("110", "路面塌陷", "Road collapse"),
    CRIME_IN_PROGRESS("110", "正在发生的盗抢", "Crime in progress"),
    /** A child, or an old person with dementia, lost within the hour: the first hours decide, so 110 at once. */
    MISSING_PERSON("110", "儿童/老人刚走失", "Child or elder just gone missing"),
    /** A danger the learned likelihood sees and no cue names: the operator hears the caller out and transfers to 110. */
    DANGER_NOW("110", "疑似紧急危险", "Likely danger now");

    private final String transferTo;
    private final String labelZh;
    private final String labelEn;

    Emergency(String transferTo, String labelZh, String labelEn) {
        this.transferTo = transferTo;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** What the operator is warned of, in Chinese ("燃气泄漏"). */
    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The number or line the operator transfers the caller to. */
    public String transferTo() {
        return transferTo;
    }
}

package org.shegong.petition;

/**
 * 信访工作条例 §31: the legal routes of a 申诉求决 matter. Routes 1–5 are guided into their own
 * procedure with a written notice; only {@link #PETITION} is handled on the petition track.
 */
public enum Route {
    /** (1) 诉讼、仲裁以外的司法程序：向人民法院、人民检察院、公安机关提出. */
    LITIGATION(1, "应当通过诉讼或者检察、公安机关的法定程序解决", "by litigation or the procedures of the procuratorate and police"),
    /** (2) 仲裁. */
    ARBITRATION(2, "应当通过仲裁解决", "by arbitration"),
    /** (3) 党员申诉. */
    PARTY_APPEAL(3, "应当依照党内法规通过党员申诉等程序解决", "by a party member's appeal under party regulations"),
    /** (4) 行政复议、裁决、确认、许可、处罚等. */
    ADMINISTRATIVE(4, "应当通过行政复议、行政裁决、行政确认、行政许可、行政处罚等行政程序解决",
            "by administrative review, ruling, confirmation, licensing or penalty procedures"),
    /** (5) 请求履行法定职责. */
    PERFORM_DUTY(5, "属于请求有关机关依法履行保护人身权、财产权等合法权益职责的，由有关机关依法履行或者答复",
            "as a request that an organ perform its statutory duty, which it performs or answers"),
    /** (6) 其他：按信访程序办理，出具信访处理意见书. */
    PETITION(6, "按照信访程序办理", "on the petition track");

    private final int number;
    private final String procedure;
    private final String procedureEn;

    Route(int number, String procedure, String procedureEn) {
        this.number = number;
        this.procedure = procedure;
        this.procedureEn = procedureEn;
    }

    public int number() {
        return number;
    }

    public String procedure() {
        return procedure;
    }

    public String procedureEn() {
        return procedureEn;
    }

    /** Only route (6) follows the statutory handling track. */
    public boolean entersTrack() {
        return this == PETITION;
    }

    public static Route of(int number) {
        for (Route r : values()) {
            if (r.number == number) {
                return r;
            }
        }
        throw new org.shegong.InvalidInput("route", "petition.route.unknown", number);
    }
}

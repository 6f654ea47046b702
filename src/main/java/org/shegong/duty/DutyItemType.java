package org.shegong.duty;

/** The three lists every township has (中办国办 duty-list opinion, 2024–25). */
public enum DutyItemType {
    /** 基本履职事项: the township does it and is fully responsible. */
    BASIC,
    /** 配合履职事项: a county department leads, the township assists. */
    ASSISTING,
    /** 上级部门收回事项: taken back by a county department. */
    WITHDRAWN;

    public String zh() {
        return switch (this) {
            case BASIC -> "基本履职事项";
            case ASSISTING -> "配合履职事项";
            case WITHDRAWN -> "上级部门收回事项";
        };
    }

    public String en() {
        return switch (this) {
            case BASIC -> "basic duty";
            case ASSISTING -> "assisting duty";
            case WITHDRAWN -> "withdrawn by a higher department";
        };
    }
}

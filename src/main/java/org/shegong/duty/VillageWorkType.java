package org.shegong.duty;

/** Kinds of item on a village/community admitted work list (工作事项准入; 居委会组织法 §20). */
public enum VillageWorkType {
    /** 依法履职事项: the community's own statutory work; it may lead. */
    LAWFUL_DUTY,
    /** 依法协助事项: the community assists a government body; it may not lead (接诉即办条例 §17 ¶2). */
    LAWFUL_ASSIST,
    /** 负面清单事项: may not be given to the community at all. */
    NEGATIVE;

    public String zh() {
        return switch (this) {
            case LAWFUL_DUTY -> "依法履职事项";
            case LAWFUL_ASSIST -> "依法协助事项";
            case NEGATIVE -> "负面清单事项";
        };
    }
}

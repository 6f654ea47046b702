package org.shegong.petition;

/** 信访工作条例 §§29–31: the three kinds of petition. */
public enum Category {
    /** 建议意见类 (§29). */
    OPINION,
    /** 检举控告类 (§30): the accuser is protected. */
    ACCUSATION,
    /** 申诉求决类 (§31): sorted by legal route. */
    CLAIM
}

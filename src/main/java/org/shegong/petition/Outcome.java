package org.shegong.petition;

/** 信访工作条例 §32: the outcomes of a handling decision (信访处理意见书). */
public enum Outcome {
    /** 支持: supervised until executed. */
    UPHOLD,
    /** 解释说明. */
    EXPLAIN,
    /** 不予支持. */
    REJECT
}

package org.shegong.petition;

/** 信访工作条例 §22: 转送 (to the competent organ) or 交办 (assigned with a report back). */
public enum TransferMode {
    TRANSFER, ASSIGN
}

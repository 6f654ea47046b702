package org.shegong.petition;

/** 信访工作条例 §17: the forms a petition comes in. */
public enum Channel {
    ONLINE, LETTER, PHONE, FAX, VISIT
}

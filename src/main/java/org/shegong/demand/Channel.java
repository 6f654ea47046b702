package org.shegong.demand;

/** How a demand arrived (接诉即办工作条例 §8): 12345 hotline, web, mobile, letter, walk-in, partner systems. */
public enum Channel {
    HOTLINE, WEB, MOBILE, LETTER, WALK_IN, PARTNER
}

package org.shegong.partybuilding;

/** New-employment groups (新就业群体). */
public enum WorkerGroup {
    /** 快递员 */
    COURIER,
    /** 外卖送餐员 / 网约配送员 */
    DELIVERY_RIDER,
    /** 网约车司机 */
    RIDE_HAILING_DRIVER,
    /** 货车司机 */
    TRUCK_DRIVER,
    /** 网络主播 */
    LIVE_STREAMER
}

package org.shegong.partybuilding;

/** Enterprise size classes of 统计上大中小微型企业划分办法 (2017). */
public enum OrganizationSize {
    LARGE, MEDIUM, SMALL, MICRO
}

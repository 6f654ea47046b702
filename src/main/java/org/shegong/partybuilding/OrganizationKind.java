package org.shegong.partybuilding;

/** What a registered organization is: a new economic organization, a new social organization, or a platform company. */
public enum OrganizationKind {
    /** 非公有制企业 */
    ENTERPRISE,
    /** 社会团体 */
    ASSOCIATION,
    /** 民办非企业单位 (社会服务机构) */
    PRIVATE_NON_ENTERPRISE,
    /** 基金会 */
    FOUNDATION,
    /** 互联网平台企业 */
    PLATFORM_COMPANY;

    public boolean isSocial() {
        return this == ASSOCIATION || this == PRIVATE_NON_ENTERPRISE || this == FOUNDATION;
    }
}

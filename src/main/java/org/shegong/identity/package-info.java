/**
 * Who acts: units (单位) placed at a region, staff accounts with roles, login and API tokens,
 * data {@link org.shegong.region.Scope} of the signed-in account, the append-only audit log with its
 * SM3 hash chain, and the PII vault (SM4 encryption, blind indexes, masking, audited reveal).
 * Depends on {@code region}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
@org.jspecify.annotations.NullMarked
package org.shegong.identity;

/**
 * 新兴领域党建 — party building in new economic and social organizations and among new-employment workers
 * (DOMAIN.md §9): the registries (deduplicated by the unified social credit code, GB 32100), party organizations
 * (own branches, joint branches, regional and industry organizations) with their members and instructors, and
 * "两个覆盖" computed from them per region and per competent department ("管行业就要管党建"), with the gaps listed.
 * Depends on {@code identity} (units, the signed-in person) and {@code region} (codes, the division tree); a station's
 * volunteer activities and demands are checked through {@code volunteer} and {@code demand}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Party building in new domains (新兴领域党建)")
@org.jspecify.annotations.NullMarked
package org.shegong.partybuilding;

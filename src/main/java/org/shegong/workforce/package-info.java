/**
 * 社会工作人才队伍 — the social-work workforce (DOMAIN.md §10): township social-work stations (乡镇（街道）社工站) and
 * the share of townships they cover, social workers with their credential level, employer, station, continuing
 * education and service records (resident id numbers sealed in the identity vault), government-purchased service
 * projects, and 社区综合服务体 with what they host. Figures (stations per township, social workers per 10,000
 * residents, credential mix) are counted from the rows, within the caller's scope.
 * Depends on {@code identity}, {@code region}, and checks references through {@code suggestion} (collection points)
 * {@code volunteer} (activities) and {@code care} (visits).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Social-work workforce (社会工作人才队伍)")
@org.jspecify.annotations.NullMarked
package org.shegong.workforce;

/**
 * Limits on what anyone can send: requests per client address and per target (tracking code, user name) for each
 * route group, failed-login backoff per address, and a daily byte quota for anonymous uploads. The counts live in
 * PostgreSQL (Bucket4j's PostgreSQL backend) so they hold across nodes; a refused request gets 429 with a bilingual
 * message and {@code Retry-After}. Administrators list current blocks and lift them.
 * Depends on {@code identity} (audit log, the signed-in administrator).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Limits and quotas")
@org.jspecify.annotations.NullMarked
package org.shegong.limit;

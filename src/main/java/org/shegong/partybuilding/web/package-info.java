/** Web adapter of party building: the REST API under {@code /api/v1/partybuilding} and the dashboard pages. */
@org.jspecify.annotations.NullMarked
package org.shegong.partybuilding.web;

/**
 * Places: the Sichuan division tree (province → city → county → township → village), the one
 * unified grid layer with polygons, point→grid and address→division lookup, and data {@link org.shegong.region.Scope}.
 * Upstream: depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Region")
@org.jspecify.annotations.NullMarked
package org.shegong.region;

/**
 * 多网融合、多格合一 (DOMAIN §1): departments' own grid layers taken in beside the one unified grid layer, the fit report
 * that measures how far a county is from one grid (JTS overlaps, gaps, double cover, village crossings, the fusion
 * figure), the administrators' mapping of each departmental grid onto unified grids and the retirement of the layer,
 * the inspection tasks a department pushes to the grids of an area (only items admitted for those communities), and
 * a grid worker's one list gathered from every module's {@link org.shegong.identity.GridTaskSource}.
 * Depends on {@code region}, {@code identity} and {@code duty}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grid fusion")
@org.jspecify.annotations.NullMarked
package org.shegong.gridfusion;

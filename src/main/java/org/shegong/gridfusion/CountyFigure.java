package org.shegong.gridfusion;

import org.shegong.region.RegionCode;

/**
 * How far a county is from one grid, over its departments' current layers (active and retired).
 *
 * @param fitFigure    the share of departmental grid area lying in unified grids it covers whole, as drawn
 * @param fusionFigure the share fused: a departmental grid mapped onto unified grids counts whole (the department
 *                     works on those grids from then on), an unmapped one by its part in whole unified grids
 */
public record CountyFigure(RegionCode county, String countyName, int layers, int retiredLayers, double departmentArea,
        double fitFigure, double fusionFigure) {
}

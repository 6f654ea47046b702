package org.shegong.gridfusion;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A departmental layer with its fit report, map, present mapping and the steps the reader may take.
 *
 * @param mapped departmental grid id → the unified grid codes it is mapped onto (absent: not mapped yet)
 */
public record LayerReport(DepartmentLayer layer, Set<GridFusionStep> allowed, FitReport fit, FitMap map,
        Map<Long, List<String>> mapped) {

    /** For templates: whether the reader may take the step (an unknown name fails the page). */
    public boolean may(String step) {
        return allowed.contains(GridFusionStep.valueOf(step));
    }

    public long mappedCount() {
        return fit.grids().stream().filter(g -> mapped.containsKey(g.id())).count();
    }

    /** The layer's share of area fused: mapped grids count whole, the others by their part in whole unified grids. */
    public double fusionFigure() {
        double area = 0, fused = 0;
        for (FitReport.GridFit g : fit.grids()) {
            area += g.area();
            fused += mapped.containsKey(g.id()) ? g.area() : g.wholeArea();
        }
        return area <= 0 ? 0 : fused / area;
    }
}

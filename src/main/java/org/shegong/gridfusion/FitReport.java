package org.shegong.gridfusion;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * How a departmental layer fits the unified grid layer of its county (areas in square metres, shares 0–1).
 *
 * @param grids             one line per departmental grid, in upload order
 * @param departmentArea    the departmental grids' area, summed
 * @param wholeArea         the part of it lying in unified grids it covers whole ({@link FitAnalysis#WHOLE})
 * @param countyArea        the county's extent: the union of its unified grids
 * @param uncoveredArea     the part of the county's extent no departmental grid covers
 * @param coveredTwiceArea  the part covered by two or more departmental grids
 * @param outsideArea       departmental area outside the county's extent
 * @param uncovered         the uncovered part, for the map
 * @param coveredTwice      the doubly covered part, for the map
 */
public record FitReport(List<GridFit> grids, double departmentArea, double wholeArea, double countyArea,
        double uncoveredArea, double coveredTwiceArea, double outsideArea, Geometry uncovered, Geometry coveredTwice) {

    /** The layer's fit figure: the share of its area that maps onto whole unified grids (0 for an empty layer). */
    public double fitFigure() {
        return departmentArea <= 0 ? 0 : wholeArea / departmentArea;
    }

    public long crossingVillages() {
        return grids.stream().filter(GridFit::crossesVillages).count();
    }

    /**
     * One departmental grid.
     *
     * @param villages  village codes holding at least {@link FitAnalysis#SLIVER} of the grid's area
     * @param suggested unified grid codes proposed for the mapping
     */
    public record GridFit(long id, String key, String name, double area, double wholeArea, List<Overlap> overlaps,
            List<String> villages, List<String> suggested) {

        public boolean crossesVillages() {
            return villages.size() > 1;
        }

        public double wholeShare() {
            return area <= 0 ? 0 : wholeArea / area;
        }
    }

    /**
     * A unified grid a departmental grid overlaps.
     *
     * @param shareOfDepartmental the overlap as a share of the departmental grid's area
     * @param shareOfUnified      the overlap as a share of the unified grid's area
     */
    public record Overlap(String gridCode, double area, double shareOfDepartmental, double shareOfUnified) {

        public boolean whole() {
            return shareOfUnified >= FitAnalysis.WHOLE;
        }
    }
}

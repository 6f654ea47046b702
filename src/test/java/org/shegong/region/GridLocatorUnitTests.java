package org.shegong.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class GridLocatorUnitTests {

    private static Geometry geometry(String json) {
        return GridGeoJson.read(json);
    }

    private static final Geometry WEST = geometry("{\"type\":\"Polygon\",\"coordinates\":" + GridFixtures.square(104.05, 30.62, 0.01) + "}");
    private static final Geometry EAST = geometry("{\"type\":\"Polygon\",\"coordinates\":" + GridFixtures.square(104.06, 30.62, 0.01) + "}");
    // a 0.02° square with a 0.01° hole, plus a separate small island to the north
    private static final Geometry RING_WITH_ISLAND = geometry("""
            {"type":"MultiPolygon","coordinates":[
              [[[104.10,30.60],[104.12,30.60],[104.12,30.62],[104.10,30.62],[104.10,30.60]],
               [[104.105,30.605],[104.115,30.605],[104.115,30.615],[104.105,30.615],[104.105,30.605]]],
              [[[104.10,30.65],[104.11,30.65],[104.11,30.66],[104.10,30.66],[104.10,30.65]]]]}""");

    private final GridLocator locator = new GridLocator(Map.of(
            "510107005001001", WEST, "510107005001002", EAST, "510107005002001", RING_WITH_ISLAND));

    @Test
    void findsTheGridAPointLiesIn() {
        assertThat(locator.locate(30.625, 104.055)).contains("510107005001001");
        assertThat(locator.locate(30.625, 104.065)).contains("510107005001002");
    }

    @Test
    void givesAPointOnASharedBorderToExactlyOneGridTheLowerCode() {
        assertThat(locator.locate(30.625, 104.06)).contains("510107005001001");
        assertThat(locator.locate(30.62, 104.055)).contains("510107005001001");
    }

    @Test
    void answersEmptyOutsideEveryGrid() {
        assertThat(locator.locate(30.70, 104.055)).isEmpty();
        assertThat(locator.locate(0, 0)).isEmpty();
        assertThat(GridLocator.EMPTY.locate(30.625, 104.055)).isEmpty();
    }

    @Test
    void respectsHolesAndFindsEveryPartOfAMultiPolygon() {
        assertThat(locator.locate(30.602, 104.102)).contains("510107005002001");
        assertThat(locator.locate(30.61, 104.11)).isEmpty();
        assertThat(locator.locate(30.655, 104.105)).contains("510107005002001");
    }
}

package org.shegong.region.web;

import java.util.List;
import org.shegong.region.Grid;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A township's grids as a GeoJSON FeatureCollection (phones masked: this is a list). */
final class GridFeatures {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private GridFeatures() {
    }

    static String collection(List<Grid> grids) {
        return JSON.writeValueAsString(collectionNode(grids, true));
    }

    /** For the public: outlines and names only, no workers. */
    static ObjectNode publicCollection(List<Grid> grids) {
        return collectionNode(grids, false);
    }

    private static ObjectNode collectionNode(List<Grid> grids, boolean withWorkers) {
        ObjectNode root = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (Grid g : grids) {
            ObjectNode feature = features.addObject().put("type", "Feature").put("id", g.code().value());
            ObjectNode properties = feature.putObject("properties")
                    .put("code", g.code().value()).put("name", g.name()).put("villageCode", g.villageCode().value())
                    .put("householdCount", g.householdCount()).put("demo", g.demo());
            if (withWorkers) {
                properties.set("workers", JSON.valueToTree(GridJson.masked(g.workers())));
            }
            feature.set("geometry", JSON.readTree(g.geometry()));
        }
        return root;
    }
}

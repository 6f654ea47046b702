package org.shegong.region;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Plausible, clearly labelled demonstration grids ({@code demo = true}, shown as 演示数据) for two real
 * townships, so that the grid map and point lookup can be tried on a fresh install: an urban street
 * (成都市武侯区玉林街道) and a rural town (成都市郫都区唐昌镇). The polygons tessellate an approximate
 * bounding box of the township; they are not the real grid boundaries. Worker names are invented and
 * the phone numbers come from unassigned-looking blocks (170-0000-xxxx, 028-0000-xxxx).
 */
@Component
class DemoGrids {

    private static final Logger log = LoggerFactory.getLogger(DemoGrids.class);

    record Township(RegionCode code, double minLng, double minLat, double maxLng, double maxLat, int columns, int rows) {
    }

    static final List<Township> TOWNSHIPS = List.of(
            new Township(new RegionCode("510107005000"), 104.0480, 30.6220, 104.0780, 30.6420, 4, 4),
            new Township(new RegionCode("510117104000"), 103.8000, 30.8450, 103.8600, 30.8850, 5, 3));

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林";
    private static final String[] GIVEN = {"建华", "秀英", "明", "丽", "志强", "桂兰", "晓燕", "国平", "海燕", "文", "玉珍", "俊",
            "春梅", "德明", "小红", "勇", "红梅", "家兴", "淑芬", "杰"};

    private final RegionDirectory regions;
    private final Grids grids;
    private final GridRecords records;

    DemoGrids(RegionDirectory regions, Grids grids, GridRecords records) {
        this.regions = regions;
        this.grids = grids;
        this.records = records;
    }

    /** Creates the demo grids of each demo township that has no grids yet. */
    void ensure() {
        for (Township t : TOWNSHIPS) {
            if (regions.find(t.code()).isPresent() && !records.anyInTownship(t.code())) {
                List<RegionCode> stored = grids.importGeoJson(featureCollection(t), Scope.PROVINCE);
                log.info("Created {} demo grids (演示数据) for {}", stored.size(), t.code());
            }
        }
    }

    String featureCollection(Township t) {
        List<Region> villages = regions.children(t.code());
        Random random = new Random(t.code().value().hashCode());
        double dx = (t.maxLng() - t.minLng()) / t.columns();
        double dy = (t.maxLat() - t.minLat()) / t.rows();
        // shared, jittered vertices so that neighbouring cells meet without gaps or overlaps
        double[][][] vertex = new double[t.columns() + 1][t.rows() + 1][];
        for (int i = 0; i <= t.columns(); i++) {
            for (int j = 0; j <= t.rows(); j++) {
                boolean inner = i > 0 && j > 0 && i < t.columns() && j < t.rows();
                double jx = inner ? (random.nextDouble() - 0.5) * dx * 0.4 : 0;
                double jy = inner ? (random.nextDouble() - 0.5) * dy * 0.4 : 0;
                vertex[i][j] = new double[] {t.minLng() + i * dx + jx, t.minLat() + j * dy + jy};
            }
        }
        int[] perVillage = new int[villages.size()];
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        int cell = 0;
        for (int j = t.rows() - 1; j >= 0; j--) {
            for (int i = 0; i < t.columns(); i++, cell++) {
                int v = cell % villages.size();
                Region village = villages.get(v);
                int number = ++perVillage[v];
                String code = village.code().value() + String.format(Locale.ROOT, "%03d", number);
                String name = village.shortName().replaceFirst("社区$", "") + "第" + number + "网格";
                String worker = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
                if (cell > 0) {
                    json.append(',');
                }
                json.append("{\"type\":\"Feature\",\"properties\":{")
                        .append("\"code\":\"").append(code).append("\",")
                        .append("\"name\":\"").append(name).append("\",")
                        .append("\"householdCount\":").append(200 + random.nextInt(401)).append(',')
                        .append("\"supervisionPhone\":\"028-0000").append(String.format(Locale.ROOT, "%04d", 1000 + cell)).append("\",")
                        .append("\"areaNote\":\"演示数据：").append(village.name()).append("辖区内，边界为示意\",")
                        .append("\"demo\":true,")
                        .append("\"workers\":[{\"name\":\"").append(worker).append("\",\"phone\":\"1700000")
                        .append(String.format(Locale.ROOT, "%04d", random.nextInt(10_000))).append("\"}]")
                        .append("},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
                double[][] ring = {vertex[i][j], vertex[i + 1][j], vertex[i + 1][j + 1], vertex[i][j + 1], vertex[i][j]};
                for (int k = 0; k < ring.length; k++) {
                    json.append(k == 0 ? "" : ",").append('[').append(ring[k][0]).append(',').append(ring[k][1]).append(']');
                }
                json.append("]]}}");
            }
        }
        return json.append("]}").toString();
    }
}

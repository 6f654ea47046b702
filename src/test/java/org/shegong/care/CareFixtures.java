package org.shegong.care;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.shegong.region.Grids;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;

/** Grids of test's own with named worker accounts, valid resident ids and mobiles. */
public final class CareFixtures {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    private CareFixtures() {
    }

    /**
     * Stores a grid {@code village + 3 digits} (600–999, random) whose worker list names {@code workerAccount}; its
     * polygon is a tiny square outside every demonstration grid, so point lookups of other tests never meet it.
     */
    public static String grid(Grids grids, String village, String workerAccount) {
        String code = testGrid(grids, village, "关爱测试网格", ",\"workers\":[{\"name\":\"测试网格员\",\"phone\":\"13700000000\",\"account\":\""
                + workerAccount + "\"}]");
        List<RegionCode> served = grids.servedBy(workerAccount);
        if (!served.contains(RegionCode.of(code))) {
            throw new IllegalStateException("grid not stored: " + code);
        }
        return code;
    }

    /**
     * Stores a grid {@code village + 3 digits} (600–999, random) named {@code name} (written into the GeoJSON as
     * given, so a test may send a hostile name), with optional extra JSON properties. Its polygon is a 5-metre square
     * in a row 700 m south of 玉林街道's demonstration grids (104.048–104.078, 30.622–30.642): no point inside a
     * demonstration grid meets one, and a township map framing all of 玉林's grids keeps its centre.
     */
    public static String testGrid(Grids grids, String village, String name, String extraProperties) {
        // a code no earlier test took: a random one may repeat, and re-importing it would move another test's grid
        int n;
        String code;
        do {
            n = 600 + ThreadLocalRandom.current().nextInt(400);
            code = village + String.format("%03d", n);
        } while (grids.find(RegionCode.of(code), Scope.PROVINCE).isPresent());
        double lng = 104.048 + (n - 600) * 0.00007;
        double lat = 30.6150 + (Long.parseLong(village.substring(6)) % 100) * 0.00007;
        double d = 0.00005;
        grids.importGeoJson(String.format(java.util.Locale.ROOT, """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"%s","name":"%s",
                 "householdCount":30%s},
                 "geometry":{"type":"Polygon","coordinates":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}}]}
                """, code, name, extraProperties, lng, lat, lng + d, lat, lng + d, lat + d, lng, lat + d, lng, lat),
                Scope.PROVINCE);
        return code;
    }

    /** A resident id number (GB 11643) for someone born on {@code born} in 武侯区, with a random order code. */
    public static String idNumber(LocalDate born) {
        String first = "510107" + born.toString().replace("-", "")
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first.charAt(i) - '0') * WEIGHTS[i];
        }
        return first + CHECK[sum % 11];
    }

    public static String elderId() {
        return idNumber(LocalDate.of(1935, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20 * 365)));
    }

    public static String childId() {
        return idNumber(LocalDate.of(2014, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(8 * 365)));
    }

    public static String mobile() {
        return "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}

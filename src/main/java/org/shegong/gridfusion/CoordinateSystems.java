package org.shegong.gridfusion;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells which coordinate system a layer is in when it is not longitude/latitude degrees: from the GeoJSON {@code crs}
 * member when the file names one, else from the size of the numbers. Accepted: WGS 84 (EPSG:4326, OGC CRS84) and
 * CGCS2000 geographic (EPSG:4490), which differ by well under a metre. Offset systems such as GCJ-02 are degrees too
 * and cannot be told apart from the numbers.
 */
final class CoordinateSystems {

    private static final Pattern EPSG = Pattern.compile("EPSG:+(?:[0-9.]*:)?(\\d{4,6})", Pattern.CASE_INSENSITIVE);

    private CoordinateSystems() {
    }

    /** The named system if it is not an accepted geographic one; empty when it is accepted. */
    static Optional<String> refusedName(String crsName) {
        String upper = crsName.toUpperCase(Locale.ROOT);
        if (upper.endsWith("CRS84") || upper.endsWith("CRS:84")) {
            return Optional.empty();
        }
        Matcher m = EPSG.matcher(crsName);
        if (!m.find()) {
            return Optional.of(crsName.length() > 80 ? crsName.substring(0, 80) : crsName);
        }
        int code = Integer.parseInt(m.group(1));
        return code == 4326 || code == 4490 ? Optional.empty() : Optional.of(epsgName(code));
    }

    /** A readable name for an EPSG code of the projections Chinese departments use. */
    static String epsgName(int code) {
        if (code == 3857 || code == 900913 || code == 3785 || code == 102100) {
            return "Web Mercator (EPSG:" + code + ")";
        }
        if (code >= 4513 && code <= 4533) {
            int zone = code - 4488;
            return "CGCS2000 3-degree Gauss-Kruger zone " + zone + " (EPSG:" + code + ", central meridian " + zone * 3 + "°E)";
        }
        if (code >= 4534 && code <= 4554) {
            return "CGCS2000 3-degree Gauss-Kruger CM " + (75 + 3 * (code - 4534)) + "°E (EPSG:" + code + ")";
        }
        if (code >= 4491 && code <= 4501) {
            int zone = code - 4478;
            return "CGCS2000 6-degree Gauss-Kruger zone " + zone + " (EPSG:" + code + ", central meridian " + (zone * 6 - 3) + "°E)";
        }
        if (code >= 4502 && code <= 4512) {
            return "CGCS2000 6-degree Gauss-Kruger CM " + (75 + 6 * (code - 4502)) + "°E (EPSG:" + code + ")";
        }
        if (code >= 2327 && code <= 2390) {
            return "Xian 1980 Gauss-Kruger (EPSG:" + code + ")";
        }
        if (code >= 2401 && code <= 2442) {
            return "Beijing 1954 Gauss-Kruger (EPSG:" + code + ")";
        }
        if (code >= 32643 && code <= 32650) {
            return "WGS 84 / UTM zone " + (code - 32600) + "N (EPSG:" + code + ")";
        }
        return "EPSG:" + code;
    }

    /**
     * Names the projected system a position's numbers are in, or answers null when they are degrees. Sichuan spans
     * about 97–109°E and 26–35°N: in Web Mercator that is x 10.8–12.2 million metres, y 3.0–4.2 million; in 3-degree
     * Gauss-Kruger with the zone number in front, x = zone × 1,000,000 + 500,000 ± 200,000 (zones 33–36), y 2.9–3.9
     * million; in 6-degree Gauss-Kruger zones 17–19.
     */
    static @Nullable String projectedName(double x, double y) {
        if (Math.abs(x) <= 180 && Math.abs(y) <= 90) {
            return null;
        }
        boolean northingOfSichuan = y >= 2.5e6 && y <= 4.5e6;
        if (x >= 1.0e7 && x < 1.3e7 && northingOfSichuan) {
            return epsgName(3857);
        }
        if (x >= 2.5e7 && x < 4.6e7 && northingOfSichuan) {
            return epsgName(4488 + (int) (x / 1e6));
        }
        if (x >= 1.3e7 && x < 2.4e7 && northingOfSichuan) {
            return epsgName(4478 + (int) (x / 1e6));
        }
        if (x >= 1e5 && x < 1e6 && northingOfSichuan) {
            return "Gauss-Kruger/UTM metres without zone number (central meridian unknown)";
        }
        return "projected coordinates (x " + Math.round(x) + ", y " + Math.round(y) + ")";
    }
}

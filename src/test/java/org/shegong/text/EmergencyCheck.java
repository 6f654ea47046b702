package org.shegong.text;

import java.nio.file.*;
import tools.jackson.databind.json.JsonMapper;

public final class EmergencyCheck {
    public static void main(String[] args) throws Exception {
        var root = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
        int tp = 0, fp = 0, fn = 0;
        for (var n : root) {
            String t = n.get("text").asString();
            boolean want = n.get("emergency").asBoolean();
            var got = EmergencyPolicy.assess(t);
            if (got.isPresent() && want) tp++;
            else if (got.isPresent()) { fp++; System.out.println("  FP " + got.get() + ": " + t); }
            else if (want) { fn++; System.out.println("  FN " + n.get("kind").asString() + ": " + t); }
        }
        System.out.printf("P %.3f R %.3f tp %d fp %d fn %d%n", tp / (double) (tp + fp), tp / (double) (tp + fn), tp, fp, fn);
    }
}

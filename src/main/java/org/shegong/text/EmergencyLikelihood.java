package org.shegong.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How likely a call describes a danger happening now, learned from labelled calls: a naive Bayes over the text's
 * characters and runs of two and three, each counted once per call (what a caller says in words nobody wrote a
 * cue for — "门缝下面有血", "眼睛往上翻", "摸门是烫的" — still leans on the runs it shares with dangers seen before).
 * It answers in log-odds; {@link #DANGER} is the line above which {@link EmergencyPolicy} warns. Runs seen in fewer
 * than two calls say nothing.
 */
public final class EmergencyLikelihood {

    /**
     * The log-odds above which a call is taken for a danger. Chosen on the labelled sets by leaving each set out of
     * the learning and judging it (docs/benchmarks.md, issue 11): the recall a missed gas leak asks for, with the
     * fewest false alarms.
     */
    static final double DANGER = 25;

    /** One labelled call: its words and whether it needed an immediate transfer. */
    public record Lesson(String text, boolean danger) {
    }

    private final Map<String, int[]> counts = new HashMap<>();
    private final int dangers;
    private final int others;

    private EmergencyLikelihood(List<Lesson> lessons) {
        int d = 0;
        int o = 0;
        for (Lesson l : lessons) {
            if (l.danger()) {
                d++;
            } else {
                o++;
            }
            for (String run : runs(l.text())) {
                counts.computeIfAbsent(run, k -> new int[2])[l.danger() ? 0 : 1]++;
            }
        }
        this.dangers = d;
        this.others = o;
        counts.values().removeIf(c -> c[0] + c[1] < 2);
    }

    /** Learned from these calls. */
    public static EmergencyLikelihood over(List<Lesson> lessons) {
        return new EmergencyLikelihood(lessons);
    }

    private static volatile EmergencyLikelihood shipped;

    /** Learned from the calls the platform ships labelled ({@code text/emergency-lessons.tsv}: 1 or 0, a tab, the text). */
    public static EmergencyLikelihood shipped() {
        EmergencyLikelihood m = shipped;
        if (m == null) {
            m = over(shippedLessons());
            shipped = m;
        }
        return m;
    }

    /** The labelled calls the platform ships. */
    public static List<Lesson> shippedLessons() {
        List<Lesson> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                EmergencyLikelihood.class.getResourceAsStream("/text/emergency-lessons.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab == 1 && (line.charAt(0) == '1' || line.charAt(0) == '0')) {
                    out.add(new Lesson(line.substring(tab + 1), line.charAt(0) == '1'));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Log-odds that this call describes a danger happening now. */
    public double logOdds(String text) {
        double s = Math.log((dangers + 1.0) / (others + 1.0));
        for (String run : runs(text)) {
            int[] c = counts.get(run);
            if (c != null) {
                s += Math.log(((c[0] + 1.0) / (dangers + 2.0)) / ((c[1] + 1.0) / (others + 2.0)));
            }
        }
        return s;
    }

    /** Whether this call is taken for a danger happening now. */
    public boolean danger(String text) {
        return logOdds(text) > DANGER;
    }

    /** The distinct characters and runs of two and three of a text, simplified, without spaces. */
    static Set<String> runs(String text) {
        String t = Simplified.of(text).replaceAll("\\s+", "");
        Set<String> out = new HashSet<>();
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= t.length(); i++) {
                out.add(t.substring(i, i + n));
            }
        }
        return out;
    }
}

package org.shegong.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 三率 (接诉即办工作条例 §32): response rate = accepted within the limit / dispatched; resolution rate =
 * resolved / called back; satisfaction rate = (satisfied + basically satisfied × credit) / called back. The
 * score weighs the three; units with fewer than the minimum sample (dispatched, and called back) are shown but
 * not ranked, so a unit with two demands cannot top or tail the list by chance. Equal scores share a place.
 */
final class AssessmentPolicy {

    private AssessmentPolicy() {
    }

    static List<RankedUnit> rank(List<UnitFigures> units, Weights w) {
        List<RankedUnit> scored = new ArrayList<>();
        for (UnitFigures u : units) {
            Double response = rate(u.acceptedOnTime(), u.dispatched());
            Double resolution = rate(u.resolved(), u.calledBack());
            Double satisfaction = u.calledBack() == 0 ? null
                    : round(100.0 * (u.satisfied() + u.basicallySatisfied() * w.basicCredit() / 100.0) / u.calledBack());
            boolean enough = u.dispatched() >= w.minSample() && u.calledBack() >= w.minSample();
            Double score = enough && response != null && resolution != null && satisfaction != null
                    ? round((response * w.response() + resolution * w.resolution() + satisfaction * w.satisfaction()) / 100.0)
                    : null;
            scored.add(new RankedUnit(u, response, resolution, satisfaction, score, null));
        }
        scored.sort(Comparator.comparing((RankedUnit r) -> r.score() == null ? 1 : 0)
                .thenComparing(r -> r.score() == null ? 0 : -r.score())
                .thenComparing(r -> r.figures().unitName()));
        List<RankedUnit> out = new ArrayList<>();
        Double previous = null;
        int place = 0;
        for (int i = 0; i < scored.size(); i++) {
            RankedUnit r = scored.get(i);
            if (r.score() == null) {
                out.add(r);
                continue;
            }
            if (!r.score().equals(previous)) {
                place = i + 1;
                previous = r.score();
            }
            out.add(new RankedUnit(r.figures(), r.response(), r.resolution(), r.satisfaction(), r.score(), place));
        }
        return out;
    }

    static @Nullable Double rate(long part, long whole) {
        return whole == 0 ? null : round(100.0 * part / whole);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}

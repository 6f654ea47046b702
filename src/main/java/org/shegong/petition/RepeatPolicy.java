package org.shegong.petition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The never-again rule: earlier petitions of the same petitioner (exact match on the blind index of the resident id)
 * whose matter is similar (Dice coefficient over character bigrams). A concluded one blocks re-acceptance
 * (信访工作条例 §36); one still in progress is a warning (§19 ¶3); a genuinely new matter passes.
 */
@Component
class RepeatPolicy {

    /** Matters at least this similar count as the same facts and reasons. */
    static final double SAME_FACTS = 0.5;

    private final JdbcClient jdbc;

    RepeatPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Earlier similar petitions of these resident ids. With a {@code viewer}, only those visible to them — the same
     * predicate as the lists ({@link Viewer#VISIBLE}): a hidden case is never named, counted or hinted at. Without one
     * (the petitioner's own online submission), all of them, for the timeline, whose notes each reader sees filtered.
     */
    List<EarlierPetition> earlier(List<String> residentIdIndexes, String matter, Instant now, @Nullable Viewer viewer) {
        if (residentIdIndexes.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("now", Petitions.ts(now));
        params.put("indexes", residentIdIndexes);
        params.put("checked", viewer != null);
        params.putAll(viewer != null ? viewer.params() : Viewer.NOBODY);
        Set<String> grams = grams(matter);
        List<EarlierPetition> out = new ArrayList<>();
        jdbc.sql("""
                select p.id, p.case_number, p.status, p.matter, p.received_at,
                  (p.status in ('CONCLUDED', 'SETTLED')
                   or (p.status = 'DECIDED' and exists (select 1 from petition_deadline d where d.petition_id = p.id
                         and d.limit_kind = 'REVIEW_REQUEST' and d.due_at <= :now))
                   or (p.status = 'REVIEWED' and exists (select 1 from petition_deadline d where d.petition_id = p.id
                         and d.limit_kind = 'RE_REVIEW_REQUEST' and d.due_at <= :now))) as final
                from petition p
                where p.id in (select petition_id from petition_petitioner where id_index in (:indexes))
                  and p.status not in ('OPINION_FORWARDED', 'CHANNELLED')
                  and (not :checked or """ + Viewer.VISIBLE + """
                  )
                order by p.received_at desc limit 200
                """).params(params)
                .query((rs, n) -> {
                    double s = similarity(grams, grams(rs.getString("matter")));
                    if (s >= SAME_FACTS) {
                        out.add(new EarlierPetition(new PetitionId(rs.getLong("id")), rs.getString("case_number"),
                                PetitionStatus.valueOf(rs.getString("status")), rs.getTimestamp("received_at").toInstant(), s,
                                rs.getBoolean("final")));
                    }
                    return null;
                }).list();
        return out;
    }

    /** Character bigrams of the text's letters, digits and ideographs (punctuation and spaces dropped). */
    static Set<String> grams(String text) {
        int[] cps = text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
        Set<String> out = new HashSet<>();
        if (cps.length == 1) {
            out.add(new String(cps, 0, 1));
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        return out;
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() < b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String g : small) {
            if (large.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}

package org.shegong.suggestion;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;

/**
 * An annual award round for excellent suggestions (上海市人民建议征集若干规定 §16): its grades with a quota each (how many
 * may be given), the awards proposed, and the panel that decides it. A decided round is final.
 */
public record AwardRound(@Nullable AwardRoundId id, int year, String title, Map<String, Integer> grades,
        String regionCode, Map<SuggestionId, String> awards, @Nullable List<String> panel, @Nullable Instant decidedAt, int version) {

    static final int MAX_GRADES = 10;
    static final int MAX_QUOTA = 1000;
    /** A panel decides: at least three members named. */
    static final int MIN_PANEL = 3;

    public AwardRound {
        grades = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(grades));
        awards = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(awards));
    }

    /** Grades as typed: {@code 一等奖=3; 二等奖=5; 三等奖=10} (name = quota, separated by ; or a new line). */
    static Map<String, Integer> parseGrades(@Nullable String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String part : (text == null ? "" : text).split("[;；\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("[=＝:：]");
            if (kv.length != 2 || kv[0].isBlank() || kv[0].strip().length() > 20 || !kv[1].strip().matches("\\d{1,4}")) {
                throw new InvalidInput("grades", "suggestion.award.grades");
            }
            int quota = Integer.parseInt(kv[1].strip());
            if (quota < 1 || quota > MAX_QUOTA || out.put(kv[0].strip(), quota) != null) {
                throw new InvalidInput("grades", "suggestion.award.grades");
            }
        }
        if (out.isEmpty() || out.size() > MAX_GRADES) {
            throw new InvalidInput("grades", "suggestion.award.grades");
        }
        return out;
    }

    public String gradesText() {
        return String.join("; ", grades.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /** How many of {@code grade} are given. */
    public long given(String grade) {
        return awards.values().stream().filter(grade::equals).count();
    }

    public boolean decided() {
        return decidedAt != null;
    }

    /** Gives {@code grade} to a suggestion, within the grade's quota; a suggestion holds one grade per round. */
    AwardRound grant(SuggestionId suggestionId, @Nullable String grade) {
        if (decided()) {
            throw new InvalidInput(null, "suggestion.award.decided");
        }
        if (grade == null || !grades.containsKey(grade)) {
            throw new InvalidInput("grade", "suggestion.award.grade");
        }
        Map<SuggestionId, String> next = new LinkedHashMap<>(awards);
        next.put(suggestionId, grade);
        long count = next.values().stream().filter(grade::equals).count();
        if (count > grades.get(grade)) {
            throw new InvalidInput("grade", "suggestion.award.quota", grade, grades.get(grade));
        }
        return new AwardRound(id, year, title, grades, regionCode, next, panel, decidedAt, version);
    }

    AwardRound withdraw(SuggestionId suggestionId) {
        if (decided()) {
            throw new InvalidInput(null, "suggestion.award.decided");
        }
        Map<SuggestionId, String> next = new LinkedHashMap<>(awards);
        next.remove(suggestionId);
        return new AwardRound(id, year, title, grades, regionCode, next, panel, decidedAt, version);
    }

    /** The panel decides the round: at least three members, at least one award; afterwards nothing changes. */
    AwardRound decide(List<String> members, Instant at) {
        if (decided()) {
            throw new InvalidInput(null, "suggestion.award.decided");
        }
        List<String> named = members.stream().map(String::strip).filter(m -> !m.isEmpty()).distinct().toList();
        if (named.size() < MIN_PANEL || named.stream().anyMatch(m -> m.length() > 50)) {
            throw new InvalidInput("panel", "suggestion.award.panel", MIN_PANEL);
        }
        if (awards.isEmpty()) {
            throw new InvalidInput(null, "suggestion.award.empty");
        }
        return new AwardRound(id, year, title, grades, regionCode, awards, named, at, version);
    }
}

package org.shegong.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The labelled calls the platform ships for its category suggestions (issue 11), judged on a set kept out of them. */
class FieldLessonsUnitTests {

    private static final List<String> SHIPPED_SETS = List.of("demand-dev", "demand-synth", "demand-set3", "demand-set6", "demand-set8",
            "demand-set9", "demand-set10", "demand-set11", "demand-set12", "demand-set13", "demand-set14", "demand-set15",
            "demand-set16", "demand-set17", "demand-set18", "demand-set19", "demand-set20", "demand-set21", "demand-set22", "demand-set23",
            "demand-set24", "demand-set25", "demand-set26", "demand-set27", "demand-set28", "demand-set29", "demand-set30", "demand-set31",
            "demand-set32", "demand-set33", "demand-set34", "demand-set35", "demand-set36");

    @Test
    void theShippedLessonsAreTheThirtyThreeLabelledSetsAndNotTheHeldOutOnes() throws IOException {
        Set<String> shipped = FieldLessons.shipped().lessons().stream().map(FieldLessons.Lesson::text).collect(Collectors.toSet());
        int expected = 0;
        for (String set : SHIPPED_SETS) {
            var items = JudgementEvaluation.load("src/test/resources/text/" + set + ".json");
            expected += items.size();
            assertThat(items).allSatisfy(i -> assertThat(shipped).contains(String.join(" ", i.text().split("\\s+"))));
        }
        assertThat(FieldLessons.shipped().lessons()).hasSize(expected)
                .allSatisfy(l -> assertThat(JudgementEvaluation.FIELDS).containsKey(l.field()));
        for (String heldOut : List.of("demand-set37", "demand-set38")) {
            assertThat(JudgementEvaluation.load("src/test/resources/text/" + heldOut + ".json"))
                    .noneSatisfy(i -> assertThat(shipped).contains(String.join(" ", i.text().split("\\s+"))));
        }
    }

    /**
     * Sets 20 and 21, each written blind and judged before any of its texts was read, taught the lessons shipped then
     * (sets dev to 9): set 20 0.897 / 0.977, set 21 0.893 / 0.963, top-1 short of 0.90 on both. Shipping sets 10 to 19
     * as well (sixteenth round): 0.920 / 0.987 and 0.907 / 0.980. Left out one at a time from the shipped sets 10 to 19,
     * each of the twelve later sets was judged at 0.897–0.960 top-1 (mean 0.930, against 0.916 taught sets dev to 9
     * only; docs/benchmarks.md, issue 11). Earlier first sights of the sets now shipped: set 10 0.880 / 0.967, set 11
     * 0.920 / 0.993, set 12 0.913 / 0.987, set 13 0.892 / 0.996, set 14 0.923 / 0.980, set 15 0.927 / 0.993, set 16
     * 0.933 / 0.983, set 17 0.893 / 0.980, set 18 0.920 / 0.987, set 19 0.927 / 0.987.
     * Seventeenth round: sets 23 and 24, written blind, first judged taught sets dev to 19 at 0.930 / 0.997 and 0.917 /
     * 0.983; shipping sets 20 to 22 as well, 0.940 / 0.997 and 0.927 / 0.980 (set 22, held out until then, had been
     * judged at 0.860 / 0.960 at first sight).
     * Eighteenth round: set 25, written blind, judged at 0.908 / 0.979 taught sets dev to 22, 0.925 / 0.988 taught sets
     * 23 and 24 as well. Set 26, written blind by four writers of three fields each and never read, was judged at 0.775 /
     * 0.958 taught sets dev to 22, and 0.796 / 0.954 taught sets dev to 25 (shipped now): far short of the other sets, and
     * held out so that the next round can find out why. Read, it showed why: each writer had three fields to fill, and
     * filed what lay between theirs and another's under their own (a care home's food under 民政, an emergency under the
     * field of its setting). Set 28, whose four writers each wrote over all twelve fields, was judged at 0.921 / 0.983
     * at first sight taught sets dev to 22, 0.933 / 0.988 taught sets dev to 25, and 0.938 / 0.992 taught sets dev to 27
     * (shipped then). Set 29, written like set 28 and never read, was judged at 0.925 / 0.992 taught sets dev to 22,
     * 0.929 / 0.992 taught sets dev to 27, and 0.933 / 0.996 taught sets dev to 28.
     * Nineteenth round: sets 30 and 31, each written blind by four writers over all twelve fields in four parts of
     * Sichuan, were judged at first sight taught sets dev to 28 at 0.946 / 0.996 and 0.908 / 0.983. Sets 29 and 30 are
     * shipped now; set 31, never read, is judged at 0.913 / 0.983 taught sets dev to 30.
     * Twentieth round: sets 33 and 34, written as sets 30 to 32, were judged at first sight taught sets dev to 30 at
     * 0.896 / 0.983 and 0.942 / 0.992. Sets 31 and 32 are shipped now; sets 33 and 34 are judged at 0.900 / 0.983 and
     * 0.946 / 0.992 taught sets dev to 32.
     * Twenty-first round: sets 35 to 37, written as sets 30 to 34, were judged at first sight taught sets dev to 32 at
     * 0.913 / 0.988, 0.900 / 1.000 and 0.954 / 0.992; taught sets dev to 34, sets 35 and 36 at 0.921 / 0.988 and 0.917 /
     * 1.000. Sets 33 to 36 are shipped now; set 37 (not taught; read later for its repeats and emergencies only) is judged at
     * 0.958 / 0.996 taught sets dev to 36, and set 38, written blind after them and never read, at 0.938 / 0.992 (0.925 /
     * 0.992 taught sets dev to 32).
     */
    @ParameterizedTest
    @CsvSource({ "demand-set37, 0.95, 0.99", "demand-set38, 0.93, 0.99" })
    void taughtTheShippedLessonsTheSuggestionsJudgeAHeldOutSet(String set, double top1, double top2) throws IOException {
        double[] judged = judgedAsShipped(set);
        assertThat(judged[0]).as("top-1, " + set).isGreaterThanOrEqualTo(top1);
        assertThat(judged[1]).as("top-2, " + set).isGreaterThanOrEqualTo(top2);
    }

    /** Top-1 and top-2 field accuracy on a labelled set of the suggestions taught the shipped lessons. */
    private static double[] judgedAsShipped(String set) throws IOException {
        CatalogueClassifier model = JudgementEvaluation.catalogueModel();
        FieldLessons.shipped().teach(model);
        var items = JudgementEvaluation.load("src/test/resources/text/" + set + ".json");
        int top1 = 0;
        int top2 = 0;
        for (var i : items) {
            List<String> ranked = JudgementEvaluation.rankFields(model, i.text());
            top1 += ranked.get(0).equals(i.field()) ? 1 : 0;
            top2 += ranked.subList(0, 2).contains(i.field()) ? 1 : 0;
        }
        return new double[] { (double) top1 / items.size(), (double) top2 / items.size() };
    }

    @Test
    void aLessonTeachesItsFieldsLikeliestLabel() throws IOException {
        CatalogueClassifier model = JudgementEvaluation.catalogueModel();
        String text = "村头晒坝边上那几棵柚子树遭了虫，叶子全部卷起来了";
        assertThat(model.learnInField(text, "NY", 3)).isTrue();
        assertThat(model.fields(text).get(0).field()).isEqualTo("NY");
        assertThat(model.learnInField(text, "XX", 1)).isFalse();
    }
}

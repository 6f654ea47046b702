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

    @Test
    void theShippedLessonsAreTheSixLabelledSetsAndNotTheHeldOutOne() throws IOException {
        Set<String> shipped = FieldLessons.shipped().lessons().stream().map(FieldLessons.Lesson::text).collect(Collectors.toSet());
        int expected = 0;
        for (String set : List.of("demand-dev", "demand-synth", "demand-set3", "demand-set6", "demand-set8", "demand-set9")) {
            var items = JudgementEvaluation.load("src/test/resources/text/" + set + ".json");
            expected += items.size();
            assertThat(items).allSatisfy(i -> assertThat(shipped).contains(String.join(" ", i.text().split("\\s+"))));
        }
        assertThat(FieldLessons.shipped().lessons()).hasSize(expected)
                .allSatisfy(l -> assertThat(JudgementEvaluation.FIELDS).containsKey(l.field()));
        for (String heldOut : List.of("demand-set10", "demand-set11", "demand-set12", "demand-set13", "demand-set14", "demand-set15", "demand-set16", "demand-set17", "demand-set18", "demand-set19", "demand-set20")) {
            assertThat(JudgementEvaluation.load("src/test/resources/text/" + heldOut + ".json"))
                    .noneSatisfy(i -> assertThat(shipped).contains(String.join(" ", i.text().split("\\s+"))));
        }
    }

    @Test
    void taughtTheShippedLessonsTheSuggestionsJudgeTheHeldOutTenthSet() throws IOException {
        // set 10 was written blind and judged before this: 0.880 / 0.967 taught the five sets shipped then; 0.903 / 0.967
        // with set 9 in the shipped lessons (0.893 when set 9 was only taught on top of them; set 9's own first
        // judgement: 0.880 / 0.980, 0.900 / 0.983 with set 8 and the sixth round's constants)
        assertThat(judgedAsShipped("demand-set10")).satisfies(a -> {
            assertThat(a[0]).isGreaterThanOrEqualTo(0.90);
            assertThat(a[1]).isGreaterThanOrEqualTo(0.965);
        });
    }

    @Test
    void taughtTheShippedLessonsTheSuggestionsJudgeTheHeldOutEleventhSet() throws IOException {
        // set 11 was written blind and judged before anything changed with it in view: 0.920 / 0.993
        assertThat(judgedAsShipped("demand-set11")).satisfies(a -> {
            assertThat(a[0]).isGreaterThanOrEqualTo(0.915);
            assertThat(a[1]).isGreaterThanOrEqualTo(0.99);
        });
    }

    @Test
    void taughtTheShippedLessonsTheSuggestionsJudgeTheHeldOutTwelfthSet() throws IOException {
        // set 12 was written blind and judged before anything changed with it in view: 0.913 / 0.987
        assertThat(judgedAsShipped("demand-set12")).satisfies(a -> {
            assertThat(a[0]).isGreaterThanOrEqualTo(0.91);
            assertThat(a[1]).isGreaterThanOrEqualTo(0.985);
        });
    }

    /**
     * Sets 13 to 20, each written blind and judged before any of its texts was read (first sights: set 13 0.892 / 0.996,
     * 0.900 after the eleventh round's normalization, 黑起 is 不亮; set 14 0.923 / 0.980; set 15 0.927 / 0.993; set 16
     * 0.933 / 0.983; set 17 0.893 / 0.980, top-1 short of 0.90; set 18 0.920 / 0.987; set 19 0.927 / 0.987; set 20 0.897 / 0.977, top-1 short of 0.90). Teaching sets 10 to 13 as well
     * was tried and not kept: set 14 then 0.910 / 0.983 (docs/benchmarks.md, issue 11).
     */
    @ParameterizedTest
    @CsvSource({ "demand-set13, 0.895, 0.99", "demand-set14, 0.92, 0.975", "demand-set15, 0.92, 0.99",
            "demand-set16, 0.93, 0.98", "demand-set17, 0.89, 0.975", "demand-set18, 0.915, 0.985",
            "demand-set19, 0.92, 0.985", "demand-set20, 0.895, 0.975" })
    void taughtTheShippedLessonsTheSuggestionsJudgeALaterHeldOutSet(String set, double top1, double top2) throws IOException {
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

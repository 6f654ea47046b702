package org.shegong.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseTextUnitTests {

    static double sim(String a, String b) {
        return ChineseText.similarity(ChineseText.words(a), ChineseText.words(b));
    }

    @Test
    void segmentsChineseIntoWordsWithoutPunctuationOrHotlineFiller() {
        List<String> words = ChineseText.words("市民来电反映：玉林北路18号附近烧烤店油烟扰民，希望相关部门尽快处理。");
        assertThat(words).contains("玉林", "烧烤", "油烟", "扰民").doesNotContain("，", "。", "市民", "反映", "希望", "处理");
    }

    @Test
    void trueRepeatsScoreHighAndDifferentMattersInTheSamePlaceScoreLow() {
        String first = "玉林北路18号烧烤店每晚油烟很大，熏得居民不能开窗，噪音也大，要求整治";
        String repeat = "玉林北路那家烧烤店油烟扰民，晚上烟熏得没法开窗户";
        String repeat2 = "反映玉林北路烧烤油烟问题，已经持续一个月了";
        String otherMatter = "玉林北路18号门口的井盖缺失，晚上行人容易掉下去";
        String otherMatter2 = "玉林北路小区物业不作为，电梯坏了半个月没人修";
        System.out.printf("repeat %.3f repeat2 %.3f other %.3f other2 %.3f%n", sim(first, repeat), sim(first, repeat2),
                sim(first, otherMatter), sim(first, otherMatter2));
        assertThat(sim(first, repeat)).isGreaterThanOrEqualTo(0.4);
        assertThat(sim(first, repeat2)).isGreaterThanOrEqualTo(0.4);
        assertThat(sim(first, otherMatter)).isLessThan(0.4);
        assertThat(sim(first, otherMatter2)).isLessThan(0.4);
    }

    @Test
    void similarityIsSymmetricAndOneForTheSameText() {
        String a = "小区门口路灯不亮已经一周，晚上出行不安全";
        String b = "路灯坏了一周没人修";
        assertThat(sim(a, a)).isEqualTo(1.0);
        assertThat(sim(a, b)).isEqualTo(sim(b, a));
        assertThat(ChineseText.similarity(List.of(), List.of("路灯"))).isZero();
    }
}

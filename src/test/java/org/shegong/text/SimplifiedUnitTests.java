package org.shegong.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Traditional characters are judged like simplified ones (issue 11), at a cost far below a millisecond. */
class SimplifiedUnitTests {

    @Test
    void traditionalBecomesSimplifiedAndEverythingElseStaysAsItWas() {
        assertThat(Simplified.of("停水三天了沒有人管")).isEqualTo("停水三天了没有人管");
        assertThat(Simplified.of("瓦斯外洩")).isEqualTo("瓦斯外泄");
        assertThat(Simplified.of("樓下餐廳油煙很重，請處理")).isEqualTo("楼下餐厅油烟很重，请处理");
        String simplified = "玉林街道停水三天了，莫得人管 😡 Water off since Monday 123";
        assertThat(Simplified.of(simplified)).isEqualTo(simplified);
        assertThat(Simplified.of("")).isEmpty();
    }

    @Test
    void theTableSaysWhatIcusTransliteratorSaysOverWholeTexts() {
        var icu = com.ibm.icu.text.Transliterator.getInstance("Traditional-Simplified");
        for (String text : java.util.List.of("停水三天了沒有人管", "樓下餐廳油煙很重，請處理", "瓦斯外洩", "社區門口的路燈壞了三個禮拜",
                "颱風過後樹倒了壓住電線", "乾燥天氣注意防火，後面的房子", "工資拖欠半年，老闆跑了")) {
            assertThat(Simplified.of(text)).isEqualTo(icu.transliterate(text));
        }
        assertThat(Simplified.size()).isBetween(2_000, 6_000);
    }

    @Test
    void theJudgementSeesTheSameTextWhicheverScriptItCameIn() {
        assertThat(TextNormal.normalize("停水三天了沒有人管")).isEqualTo(TextNormal.normalize("停水三天了没有人管"));
        assertThat(EmergencyPolicy.assess("樓下瓦斯外洩了，味道很重")).contains(Emergency.GAS_LEAK);
        assertThat(EmergencyPolicy.assess("廚房裡天然氣味道好大")).contains(Emergency.GAS_LEAK);
        assertThat(EmergencyPolicy.assess("家裡著火了，快來人")).contains(Emergency.FIRE);
        assertThat(RepeatSimilarity.vector("錦園小區停水三天了", p -> 1))
                .isEqualTo(RepeatSimilarity.vector("锦园小区停水三天了", p -> 1));
    }

    @Test
    void aTwoHundredCharacterTextCostsFarLessThanAMillisecond() {
        long built = System.nanoTime();
        Simplified.of("開始");
        System.out.printf("Traditional-Simplified table ready in %.0f ms%n", (System.nanoTime() - built) / 1e6);
        String text = "我們樓下的餐廳每天晚上油煙直排，窗戶都不敢開，打了好幾次電話都沒有人管，老人小孩咳嗽得厲害。".repeat(5).substring(0, 200);
        for (int i = 0; i < 2_000; i++) {
            Simplified.of(text);
        }
        int calls = 5_000;
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            Simplified.of(text);
        }
        double microsPerCall = (System.nanoTime() - start) / 1_000.0 / calls;
        System.out.printf("Traditional-Simplified, 200 characters: %.1f µs per call%n", microsPerCall);
        // a generous bound for a loaded machine: the table measured a few µs; ICU's transliterator over the whole text about 600 µs
        assertThat(microsPerCall).isLessThan(1_000);
    }
}

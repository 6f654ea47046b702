package org.shegong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shegong.ArbitraryText;
import org.shegong.InvalidInput;

/** Properties of petition command validation over arbitrary text and lists. */
class PetitionInputPropertyUnitTests {

    @Test
    void anyTextIsKeptWithoutControlCharactersOrIsInvalidInput() {
        assertThat(ArbitraryText.violations(ArbitraryText.strings(5_000), s -> {
            String kept = PetitionRules.required(s, "matter", 5_000);
            assertThat(kept).isNotBlank().hasSizeLessThanOrEqualTo(5_000).doesNotContain("\u0000");
        })).isEmpty();
    }

    /** Lists with nulls anywhere (petitioners:[null]) are refused when the command is made; lists without are kept. */
    @Test
    void aRegistrationWithANullInAnyListIsInvalidInput() {
        Random random = new Random(ArbitraryText.SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            List<RegisterPetition.PetitionerInput> people = new ArrayList<>();
            List<Long> organs = new ArrayList<>();
            for (int n = random.nextInt(4); n > 0; n--) {
                people.add(random.nextInt(5) == 0 ? null : new RegisterPetition.PetitionerInput("张三", null, null, false));
            }
            for (int n = random.nextInt(4); n > 0; n--) {
                organs.add(random.nextInt(5) == 0 ? null : (long) random.nextInt(100));
            }
            boolean nulls = people.contains(null) || organs.contains(null);
            try {
                RegisterPetition cmd = new RegisterPetition(Channel.LETTER, false, people, "事项", organs, "510107005000",
                        Category.OPINION, null, null);
                if (nulls) {
                    failures.add("accepted " + cmd);
                }
            } catch (InvalidInput e) {
                if (!nulls) {
                    failures.add("refused " + people + " " + organs);
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}

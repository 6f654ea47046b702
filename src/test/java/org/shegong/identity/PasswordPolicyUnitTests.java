package org.shegong.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyUnitTests {

    @Test
    void acceptsTenCharactersFromThreeClasses() {
        assertThatCode(() -> PasswordPolicy.check("zhangsan", "Chengdu2026")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("zhangsan", "chengdu#26x")).doesNotThrowAnyException();
    }

    @Test
    void refusesNineCharacters() {
        assertThatThrownBy(() -> PasswordPolicy.check("zhangsan", "Chengdu26")).hasMessageContaining("identity.password.length");
    }

    @Test
    void refusesTwoClasses() {
        assertThatThrownBy(() -> PasswordPolicy.check("zhangsan", "chengdu2026")).hasMessageContaining("identity.password.classes");
    }

    @Test
    void refusesPasswordsContainingTheUserNameOrCommonOnes() {
        assertThatThrownBy(() -> PasswordPolicy.check("zhangsan", "Zhangsan#2026")).hasMessageContaining("containsUsername");
        assertThatThrownBy(() -> PasswordPolicy.check("lisi", "P@ssw0rd123")).hasMessageContaining("identity.password.common");
    }
}

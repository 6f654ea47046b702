package org.shegong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupRefusalAnalyzerUnitTests {

    private final StartupRefusalAnalyzer analyzer = new StartupRefusalAnalyzer();

    @Test
    void aBootstrapPasswordThatBreaksThePolicyIsOneSentenceInChineseAndEnglishWithoutKeys() {
        // Spring Boot wraps a failing ApplicationRunner; the analyzer finds the refusal inside
        var failure = new IllegalStateException("Failed to execute ApplicationRunner",
                new StartupRefused("identity.bootstrap.passwordRejected", "identity.password.containsUsername"));
        var analysis = analyzer.analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .isEqualTo("平台未启动：SHEGONG_ADMIN_PASSWORD（首个省级管理员的密码）不符合密码规则——密码不得包含用户名。"
                        + " / The platform did not start: SHEGONG_ADMIN_PASSWORD (the password of the first province "
                        + "administrator) breaks the password policy: The password must not contain the user name.")
                .doesNotContain("identity.");
        assertThat(analysis.getAction()).contains("SHEGONG_ADMIN_PASSWORD", "至少10位", "at least 10 characters")
                .doesNotContain("identity.");
    }

    @Test
    void aMissingAdministratorOnAnExternalDatabaseSaysWhatToSet() {
        var analysis = analyzer.analyze(new StartupRefused("identity.bootstrap.noAdministrator"));
        assertThat(analysis.getAction()).contains("SHEGONG_ADMIN_USERNAME", "重新启动", "start again");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
    }
}

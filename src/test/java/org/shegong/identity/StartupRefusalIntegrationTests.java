package org.shegong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.ShegongApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A real start (fresh embedded database) with a bootstrap password that breaks the policy. */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalIntegrationTests {

    @Test
    void aBootstrapPasswordContainingTheUserNameStopsStartUpWithOneClearSentenceAndNoStackTrace(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ShegongApplication.class)
                .run("--server.port=0", "--shegong.identity.admin.username=chief",
                        "--shegong.identity.admin.password=Chief#chief2026").close())
                .satisfies(e -> assertThat(org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e))
                        .isInstanceOf(StartupRefused.class));
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "密码不得包含用户名",
                        "The password must not contain the user name")
                .doesNotContain("identity.password.containsUsername")
                .doesNotContain("at org.shegong.identity.BootstrapAdministrator")
                // nor the db-scheduler/Spring Boot 4 warning a newcomer used to see
                .doesNotContain("TypeNotPresentException");
    }
}

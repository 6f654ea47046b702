package org.shegong.volunteer;

import org.shegong.PublicEntrance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 志愿服务's door on the citizens' entrance page: find activities and sign up; anyone may verify a certificate. */
@Configuration(proxyBeanMethods = false)
class VolunteerEntrance {

    @Bean
    PublicEntrance volunteer() {
        return new PublicEntrance(40, "volunteer.entrance.title", "volunteer.entrance.description", "/volunteer/activities",
                "/public/volunteer/certificates");
    }
}

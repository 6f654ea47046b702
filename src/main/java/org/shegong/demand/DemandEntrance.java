package org.shegong.demand;

import org.shegong.PublicEntrance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 接诉即办's door on the citizens' entrance page: report a problem, track it with the code. */
@Configuration(proxyBeanMethods = false)
class DemandEntrance {

    @Bean
    PublicEntrance reportAProblem() {
        return new PublicEntrance(10, "demand.entrance.title", "demand.entrance.description", "/public/demands/new",
                "/public/track");
    }
}

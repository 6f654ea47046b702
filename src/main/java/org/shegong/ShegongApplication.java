package org.shegong;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/** 社会工作服务综合平台 — the province's social-work service platform. */
@Modulithic(sharedModules = "database")
@SpringBootApplication
public class ShegongApplication {

    /** All dates and deadlines are reckoned in Beijing time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) {
        SpringApplication.run(ShegongApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}

package org.shegong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** 社会工作服务综合平台 — the province's social-work service platform. */
@Modulithic
@SpringBootApplication
public class ShegongApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShegongApplication.class, args);
    }
}

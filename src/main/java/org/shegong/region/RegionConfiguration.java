package org.shegong.region;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegionProperties.class)
class RegionConfiguration {

    /** After Flyway and before the web server answers: load divisions, then demo grids if wanted. */
    @Bean
    SmartInitializingSingleton regionStartup(DivisionImport divisions, DemoGrids demoGrids, RegionProperties properties) {
        return () -> {
            divisions.importIfNeeded();
            if (properties.demoGrids()) {
                demoGrids.ensure();
            }
        };
    }
}

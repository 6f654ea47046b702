package org.shegong.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link RouteDecisions} in front of every handler. */
@Configuration(proxyBeanMethods = false)
class RouteDecisionConfiguration implements WebMvcConfigurer {

    private final RouteDecisions decisions;

    RouteDecisionConfiguration(RouteDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(decisions);
    }
}

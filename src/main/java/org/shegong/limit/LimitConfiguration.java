package org.shegong.limit;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the limit filter around Spring Security's filter chain (registered at order -100): the credential groups
 * just before it, the public groups just after it, where the signed-in person is known.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitProperties.class)
class LimitConfiguration {

    private static final int SECURITY_FILTER_ORDER = -100;

    @Bean
    FilterRegistrationBean<LimitFilter> credentialLimits(Limits limits, LimitProperties properties, MessageSource messages) {
        var registration = new FilterRegistrationBean<>(
                new LimitFilter(limits, properties, messages, LimitFilter.Phase.CREDENTIALS));
        registration.setName("credentialLimits");
        registration.setOrder(SECURITY_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<LimitFilter> publicLimits(Limits limits, LimitProperties properties, MessageSource messages) {
        var registration = new FilterRegistrationBean<>(new LimitFilter(limits, properties, messages, LimitFilter.Phase.PUBLIC));
        registration.setName("publicLimits");
        registration.setOrder(SECURITY_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    RecurringTask<Void> limitCleanupTask(Limits limits) {
        return Tasks.recurring("limit-cleanup", Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> limits.cleanUp());
    }
}

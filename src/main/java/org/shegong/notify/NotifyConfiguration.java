package org.shegong.notify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotifyConfiguration {

    @Bean
    @ConditionalOnMissingBean(NoticeChannel.class)
    NoticeChannel logChannel() {
        return new LogChannel();
    }
}

package org.shegong.suggestion;

import org.shegong.PublicEntrance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 人民建议征集's door on the citizens' entrance page: open campaigns and routine suggestions, tracked by code. */
@Configuration(proxyBeanMethods = false)
class SuggestionEntrance {

    @Bean
    PublicEntrance makeASuggestion() {
        return new PublicEntrance(20, "suggestion.entrance.title", "suggestion.entrance.description", "/public/suggestions",
                "/public/suggestions/track");
    }
}

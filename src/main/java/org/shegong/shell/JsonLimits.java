package org.shegong.shell;

import com.fasterxml.jackson.annotation.Nulls;
import org.shegong.InvalidInput;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON mapper every request body goes through, with limits checked while reading (so a hostile body is refused
 * before it is built in memory) and no {@code null} accepted inside a list, set or map ({@code petitioners:[null]}).
 * Spring Boot's own customizers (time zone and the {@code spring.jackson.*} settings) still apply.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxStringLength(4_000_000)
            .maxNameLength(1_000)
            .maxNumberLength(100)
            .maxDocumentLength(16L * 1024 * 1024)
            .build();

    @Bean
    JsonMapper jsonMapper(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        JsonMapper.Builder builder = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build());
        customizers.orderedStream().forEach(c -> c.customize(builder));
        builder.changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL));
        builder.addModule(new SimpleModule("shegong-text").addDeserializer(String.class, new CheckedText()));
        return builder.build();
    }

    /** Strings from JSON refuse what {@link RequestLimits} refuses in parameters (NUL, control characters, lone surrogates). */
    static final class CheckedText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            InvalidInput bad = RequestLimits.badText(text, p.currentName() == null ? "body" : p.currentName());
            if (bad != null) {
                throw bad;
            }
            return text;
        }
    }
}

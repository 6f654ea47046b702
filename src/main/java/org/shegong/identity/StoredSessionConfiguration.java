package org.shegong.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions (Spring Session JDBC) are written as Spring Session writes them and read with
 * {@link StoredSessionDeserializer}, so sessions stored before the principal's ids were typed still load.
 */
@Configuration(proxyBeanMethods = false)
class StoredSessionConfiguration {

    // a customizer, not a ConversionService bean, which whatever asks the context for a ConversionService by type could get
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> storedSessionsReadAcrossDecision0007(ResourceLoader resources) {
        ClassLoader loader = resources.getClassLoader();
        GenericConversionService conversion = new GenericConversionService();
        conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversion.addConverter(byte[].class, Object.class,
                new DeserializingConverter(new StoredSessionDeserializer(loader == null ? StaffPrincipal.class.getClassLoader() : loader)));
        return repository -> repository.setConversionService(conversion);
    }
}

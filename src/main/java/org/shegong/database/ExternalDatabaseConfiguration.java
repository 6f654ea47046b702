package org.shegong.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The connection pool for an external PostgreSQL ({@code spring.datasource.url}, {@code .username},
 * {@code .password}; pool settings under {@code spring.datasource.hikari.*}). Declared here instead of left to
 * Boot's auto-configuration because db-scheduler's auto-configuration requires an existing DataSource and its
 * ordering hint names Boot 3's DataSourceAutoConfiguration, which Boot 4 moved: with Boot's own DataSource it was
 * evaluated first, found none, and no scheduler ran — no deadline sweeps on an external database.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseConfiguration.ExternalDatabase.class)
class ExternalDatabaseConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(Environment env) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(env.getRequiredProperty("spring.datasource.url"));
        pool.setUsername(env.getProperty("spring.datasource.username"));
        pool.setPassword(env.getProperty("spring.datasource.password"));
        pool.setPoolName("shegong");
        return pool;
    }

    static class ExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new EmbeddedDatabaseConfiguration.NoExternalDatabase().matches(context, metadata);
        }
    }
}

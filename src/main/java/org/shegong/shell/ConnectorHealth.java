package org.shegong.shell;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Supplier;
import org.apache.catalina.connector.Connector;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Part of the liveness probe ({@code /actuator/health/liveness}): down when an HTTP connector is not started, not
 * bound to its port, or has lost its request threads. A node in that state cannot recover by itself, so a supervisor
 * should restart it (the JVM also exits on the first OutOfMemoryError, see README).
 */
@Component("connector")
class ConnectorHealth implements HealthIndicator {

    private final Supplier<List<Connector>> connectors;

    @Autowired
    ConnectorHealth(ApplicationContext context) {
        this(() -> context instanceof WebServerApplicationContext web && web.getWebServer() instanceof TomcatWebServer tomcat
                ? List.of(tomcat.getTomcat().getService().findConnectors()) : null);
    }

    ConnectorHealth(Supplier<List<Connector>> connectors) {
        this.connectors = connectors;
    }

    @Override
    public Health health() {
        List<Connector> all = connectors.get();
        if (all == null) {
            // a test context without an embedded server (MockMvc): nothing to judge
            return Health.unknown().build();
        }
        if (all.isEmpty()) {
            return Health.down().withDetail("reason", "no HTTP connector").build();
        }
        for (Connector c : all) {
            if (!c.getState().isAvailable()) {
                return Health.down().withDetail("connector", c.toString()).withDetail("state", c.getState().name()).build();
            }
            if (c.getLocalPort() <= 0) {
                return Health.down().withDetail("connector", c.toString()).withDetail("reason", "not bound").build();
            }
            Executor executor = c.getProtocolHandler() == null ? null : c.getProtocolHandler().getExecutor();
            if (executor instanceof ThreadPoolExecutor pool && (pool.isShutdown() || pool.isTerminated())) {
                return Health.down().withDetail("connector", c.toString()).withDetail("reason", "request threads gone").build();
            }
        }
        return Health.up().build();
    }
}

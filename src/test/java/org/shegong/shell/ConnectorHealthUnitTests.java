package org.shegong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class ConnectorHealthUnitTests {

    @Test
    void isUpWhileTheConnectorServesAndDownOnceItStops() throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("connector-health").toString());
        tomcat.setPort(0);
        Connector connector = tomcat.getConnector();
        ConnectorHealth health = new ConnectorHealth(() -> List.of(connector));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        tomcat.start();
        try {
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            connector.stop();
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        } finally {
            tomcat.stop();
            tomcat.destroy();
        }
    }

    @Test
    void isDownWithoutAnyConnector() {
        assertThat(new ConnectorHealth(List::of).health().getStatus()).isEqualTo(Status.DOWN);
    }
}

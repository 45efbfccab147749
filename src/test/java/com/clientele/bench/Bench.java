package com.clientele.bench;

import com.clientele.Application;
import com.clientele.base.db.EmbeddedMariaDb;
import com.clientele.customer.CustomerTotals;
import com.clientele.booking.FigureCheck;
import com.clientele.merge.DuplicateScan;
import com.clientele.security.RunAs;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The scale benchmark's commands, run with {@code ./mvnw -Pbench spring-boot:test-run -Dbench=<command>}
 * (see docs/performance.md). Each starts the whole application on an embedded MariaDB whose data
 * lives in {@code BENCH_DB_DIR} (default {@code ~/.local/share/clientele-bench/mariadb}), never in
 * the developer's database:
 * <ul>
 * <li>{@code generate} — replaces that database's content with the large dataset and verifies every
 * relation's figures against its bookings and reviews;</li>
 * <li>{@code check} — the figure check alone;</li>
 * <li>{@code queries} — the busy provider's queries, product against raw SQL, medians of warm runs;</li>
 * <li>{@code memory} — heap retained per logged-in customers workspace;</li>
 * <li>{@code load} — concurrent REST API clients on loopback.</li>
 * </ul>
 * Not part of the application jar: it lives with the tests.
 */
public final class Bench {

    static final String TAG = "bench";
    static final String DATABASE = "clientele";
    /** A larger buffer pool than development's, so the whole dataset stays in memory. */
    static final String SERVER_ARGS = "--innodb-buffer-pool-size=3G,--innodb-log-file-size=1G,"
            + "--innodb-flush-log-at-trx-commit=1,--max-connections=300";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 || args[0].isBlank() ? "help" : args[0].toLowerCase(Locale.ROOT);
        if (!List.of("generate", "check", "queries", "memory", "load", "serve").contains(command)) {
            System.out.println("""
                    Usage: ./mvnw -Pbench spring-boot:test-run -Dbench=<command>
                      generate   replace the benchmark database with the large dataset, then verify its figures
                      check      verify every relation's figures against its bookings and reviews
                      queries    time the busy provider's queries (product and raw SQL, medians of warm runs)
                      memory     heap retained per logged-in customers workspace
                      load       concurrent REST API clients on loopback
                      serve      start the application on the benchmark database and wait (for manual checks)
                    The database lives in BENCH_DB_DIR (default ~/.local/share/clientele-bench/mariadb).""");
            System.exit(command.equals("help") ? 0 : 2);
        }
        Path dataDir = dataDir();
        System.out.println("Benchmark database: " + dataDir);
        int exit;
        try (ConfigurableApplicationContext context = start(dataDir)) {
            exit = switch (command) {
                case "generate" -> generate(context, BenchScale.FULL);
                case "check" -> check(context, adminEmail());
                case "queries" -> new QueryBenchmark(context, busyEmail()).run();
                case "memory" -> new MemoryBenchmark(context, busyEmail()).run();
                case "load" -> new LoadBenchmark(context, busyEmail()).run();
                case "serve" -> serve(context);
                default -> 2;
            };
        }
        System.exit(exit);
    }

    private static int serve(ConfigurableApplicationContext context) throws InterruptedException {
        System.out.println("Database on port " + context.getBean(EmbeddedMariaDb.class).port() + ", application on port "
                + context.getEnvironment().getProperty("local.server.port") + "; stop with Ctrl+C");
        Thread.currentThread().join();
        return 0;
    }

    static String adminEmail() {
        return "admin@" + TAG + ".clientele.test";
    }

    static String busyEmail() {
        return "busy@" + TAG + ".clientele.test";
    }

    static Path dataDir() {
        String configured = System.getenv("BENCH_DB_DIR");
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".local", "share", "clientele-bench", "mariadb")
                : Path.of(configured);
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        SpringApplication application = new SpringApplication(Application.class);
        List<String> properties = new ArrayList<>(List.of(
                "--app.embedded-db.enabled=true",
                "--app.embedded-db.data-dir=" + dataDir.toAbsolutePath(),
                "--app.embedded-db.server-args=" + SERVER_ARGS,
                "--app.demo-data.enabled=false",
                "--spring.main.banner-mode=off",
                "--spring.datasource.hikari.maximum-pool-size=60",
                "--logging.level.root=WARN",
                "--logging.level.com.clientele=INFO",
                // as in production: development mode records where every component was created (a stack
                // trace each), which would count as memory of the sessions
                "--vaadin.productionMode=true",
                // generate compares each business's customers for possible duplicates itself, once the
                // dataset is in; the scheduled scan must not meet a half-loaded dataset or run during a case
                "--app.duplicates.scan-after=7d",
                "--server.port=0"));
        return application.run(properties.toArray(String[]::new));
    }

    private static int generate(ConfigurableApplicationContext context, BenchScale scale) throws Exception {
        EmbeddedMariaDb db = context.getBean(EmbeddedMariaDb.class);
        long began = System.nanoTime();
        recreateDatabase(context);
        var generator = new DatasetGenerator(db.jdbcUrl(DATABASE), db.username(), db.password(),
                context.getBean(PasswordEncoder.class).encode(DatasetGenerator.PASSWORD),
                context.getBean(Clock.class).instant());
        DatasetGenerator.Dataset dataset = generator.generate(scale, TAG);
        // the load appended one row of totals per relation (the triggers); fold them as the app would
        context.getBean(CustomerTotals.class).fold();
        System.out.printf(Locale.ROOT, "Generated %,d providers, %,d customers, %,d relations, %,d bookings, %,d reviews,"
                        + " %,d activity events in %d s%n", dataset.providers(), dataset.customers(), dataset.relations(),
                dataset.bookings(), dataset.reviews(), dataset.activityEvents(), dataset.duration().toSeconds());
        long scanBegan = System.nanoTime();
        context.getBean(DuplicateScan.class).scanNew();
        System.out.printf(Locale.ROOT, "Compared each business's customers for possible duplicates in %d s%n",
                Duration.ofNanos(System.nanoTime() - scanBegan).toSeconds());
        int result = check(context, dataset.adminEmail());
        System.out.printf(Locale.ROOT, "Dataset ready in %d s (generate, load, verify). Busy provider: %s, password %s%n",
                Duration.ofNanos(System.nanoTime() - began).toSeconds(), dataset.busyEmail(), DatasetGenerator.PASSWORD);
        return result;
    }

    private static int check(ConfigurableApplicationContext context, String adminEmail) {
        long began = System.nanoTime();
        FigureCheck.Report report = context.getBean(RunAs.class).call(adminEmail,
                () -> context.getBean(FigureCheck.class).checkAll());
        System.out.printf(Locale.ROOT, "Figure check: %s (%d s)%n", report.summary(),
                Duration.ofNanos(System.nanoTime() - began).toSeconds());
        report.mismatches().stream().limit(20).forEach(m -> System.out.println("  " + m.describe()));
        report.totalsMismatches().stream().limit(20).forEach(m -> System.out.println("  " + m.describe()));
        return report.isClean() ? 0 : 1;
    }

    /**
     * Drops and recreates the benchmark database with the application's Liquibase changelog, after
     * making sure it holds nothing but an earlier benchmark dataset: a fresh schema every time, even
     * after a generation that was killed half-way.
     */
    private static void recreateDatabase(ConfigurableApplicationContext context) throws Exception {
        EmbeddedMariaDb db = context.getBean(EmbeddedMariaDb.class);
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(""), db.username(), db.password());
                Statement statement = connection.createStatement()) {
            try (var rs = statement.executeQuery("SELECT COUNT(*) FROM " + DATABASE + ".account WHERE email NOT LIKE '%@"
                    + TAG + ".clientele.test'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("The database holds accounts that are not the benchmark's;"
                            + " refusing to drop it. Point BENCH_DB_DIR at a directory of its own.");
                }
            }
            statement.execute("DROP DATABASE " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        context.getBean(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        context.getBean(SpringLiquibase.class).afterPropertiesSet();
    }
}

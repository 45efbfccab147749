package com.clientele.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.base.db.EmbeddedMariaDb;
import com.clientele.customer.CustomerTotals;
import com.clientele.booking.FigureCheck;
import com.clientele.security.RunAs;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Keeps the scale benchmark working: generates its dataset at 1/200 of the size into the test
 * database and runs every benchmark case once or twice. Checks results, never times.
 */
@IntegrationTest
class BenchSmokeTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    EmbeddedMariaDb db;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Clock clock;
    @Autowired
    CustomerTotals totals;
    @Autowired
    FigureCheck check;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void generatedDatasetIsConsistentAndEveryBenchmarkCaseRuns() throws Exception {
        var generator = new DatasetGenerator(db.jdbcUrl(Bench.DATABASE), db.username(), db.password(),
                passwordEncoder.encode(DatasetGenerator.PASSWORD), clock.instant());
        BenchScale scale = BenchScale.SMOKE;

        DatasetGenerator.Dataset dataset = generator.generate(scale, "smoke" + System.nanoTime());
        totals.fold();

        assertThat(dataset.providers()).isEqualTo(scale.providers());
        assertThat(dataset.customers()).isEqualTo(scale.customers());
        assertThat(dataset.bookings()).isEqualTo(scale.bookings());
        assertThat(count("SELECT COUNT(*) FROM booking WHERE provider_id = :p", dataset.busyProviderId()))
                .isEqualTo(scale.busyBookings());
        assertThat(count("SELECT COUNT(*) FROM provider_customer WHERE provider_id = :p", dataset.busyProviderId()))
                .isEqualTo(scale.busyCustomers());
        assertThat(count("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM booking WHERE provider_id = :p"
                + " GROUP BY customer_id) c", dataset.busyProviderId())).isEqualTo(scale.heavyCustomerBookings());
        assertThat(count("SELECT COUNT(DISTINCT status) FROM provider_customer WHERE provider_id = :p",
                dataset.busyProviderId())).as("every status").isEqualTo(5);
        for (long provider : dataset.providerIds()) {
            FigureCheck.Report report = runAs.call(dataset.adminEmail(), () -> check.checkProvider(provider));
            assertThat(report.isClean()).as(report.summary()).isTrue();
        }

        String generated = "SELECT COUNT(*) FROM booking WHERE provider_id = :p UNION ALL"
                + " SELECT COUNT(*) FROM activity_event WHERE provider_id = :p";
        List<Long> before = jdbc.sql(generated).param("p", dataset.busyProviderId()).query(Long.class).list();

        var benchmark = new QueryBenchmark(context, dataset.busyEmail(), 1, 0, 2);
        int exit = benchmark.run(dataset.adminEmail());

        assertThat(jdbc.sql(generated).param("p", dataset.busyProviderId()).query(Long.class).list())
                .as("the writes are removed: every run measures the generated dataset").isEqualTo(before);

        assertThat(benchmark.problems()).as("product and raw SQL give the same results").isEmpty();
        assertThat(exit).as("figures still consistent after the benchmark's writes").isZero();
        assertThat(benchmark.results()).hasSizeGreaterThan(50)
                .allSatisfy(result -> assertThat(result.productMs()).isPositive());
    }

    private long count(String sql, long provider) {
        return jdbc.sql(sql).param("p", provider).query(Long.class).single();
    }
}

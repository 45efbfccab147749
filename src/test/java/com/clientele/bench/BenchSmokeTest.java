package com.clientele.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.base.Sql;
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
        long assigned = count("SELECT COUNT(*) FROM booking WHERE provider_id = :p AND staff_member_id IS NOT NULL",
                dataset.busyProviderId());
        assertThat(assigned).as("about 70 percent of the busy provider's bookings have a staff member")
                .isBetween(scale.busyBookings() * 6L / 10, scale.busyBookings() * 8L / 10);
        assertThat(count("SELECT COUNT(DISTINCT b.staff_member_id) FROM booking b JOIN member m"
                + " ON m.id = b.staff_member_id AND m.provider_id = b.provider_id AND m.team_role = 'STAFF'"
                + " WHERE b.provider_id = :p", dataset.busyProviderId())).isEqualTo(DatasetGenerator.BUSY_STAFF);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking WHERE provider_id > :busy AND provider_id <= :last"
                        + " AND staff_member_id IS NOT NULL").param("busy", dataset.busyProviderId())
                .param("last", dataset.lastProviderId()).query(Long.class).single())
                .as("the other providers' bookings have no staff member").isZero();
        assertThat(jdbc.sql("SELECT staff_member_id, customer_id, bookings, relation_id, total_bookings, rating_sum,"
                        + " rating_count, first_booking_at, HEX(search_key) AS search_key"
                        + " FROM staff_customer WHERE provider_id = :p"
                        + " ORDER BY staff_member_id, customer_id").param("p", dataset.busyProviderId())
                .query().listOfRows().stream().map(Object::toString).toList())
                .as("the triggers kept each staff member's customers and their figures while loading")
                .hasSizeGreaterThan(scale.busyCustomers() / 4)
                .isEqualTo(jdbc.sql("SELECT b.staff_member_id, b.customer_id, COUNT(*) AS bookings, pc.id AS relation_id,"
                        + " pc.total_bookings, pc.rating_sum, pc.rating_count, pc.first_booking_at,"
                        + " HEX(pc.search_key) AS search_key FROM booking b"
                        + " JOIN provider_customer pc ON pc.provider_id = b.provider_id AND pc.customer_id = b.customer_id"
                        + " WHERE b.provider_id = :p AND b.staff_member_id IS NOT NULL GROUP BY b.staff_member_id,"
                        + " b.customer_id, pc.id ORDER BY b.staff_member_id, b.customer_id")
                        .param("p", dataset.busyProviderId()).query().listOfRows().stream().map(Object::toString)
                        .toList());
        String cancelled = " FROM booking b JOIN provider p ON p.id = b.provider_id"
                + " WHERE b.provider_id BETWEEN :first AND :last AND b.status = 'CANCELLED'";
        assertThat(range("SELECT COUNT(*)" + cancelled + " AND (b.cancelled_at IS NULL OR b.cancelled_at < b.created_at"
                + " OR b.cancelled_at > :now)", dataset)).as("every cancelled booking was cancelled after it was made"
                + " and not after now").isZero();
        assertThat(range("SELECT COUNT(*) FROM booking WHERE provider_id BETWEEN :first AND :last"
                + " AND status <> 'CANCELLED' AND cancelled_at IS NOT NULL", dataset)).isZero();
        double late = (double) range("SELECT COUNT(*)" + cancelled
                + " AND b.cancelled_at > b.starts_at - INTERVAL " + DatasetGenerator.LATE_CANCELLATION_HOURS + " HOUR", dataset)
                / range("SELECT COUNT(*)" + cancelled, dataset);
        assertThat(late).as("about one cancellation in five is late").isBetween(0.15, 0.25);
        assertThat(count("SELECT COUNT(*) FROM provider_customer WHERE provider_id = :p AND reliability < 70",
                dataset.busyProviderId())).as("customers below 70 % for the reliability cases").isPositive();
        assertThat(count("SELECT COUNT(*) FROM provider_customer WHERE provider_id = :p AND late_cancellation_count > 0",
                dataset.busyProviderId())).as("customers with late cancellations").isPositive();
        assertThat(jdbc.sql("SELECT CONCAT(counts, ' ', threshold, ' ', within_days, ' ', action, ' ', block_days)"
                        + " FROM no_show_rule WHERE provider_id = :p ORDER BY id").param("p", dataset.busyProviderId())
                .query(String.class).list()).as("the busy provider's no-show rules")
                .isEqualTo(DatasetGenerator.BUSY_RULES.stream().map(rule -> rule.counts() + " " + rule.threshold() + " "
                        + rule.withinDays() + " " + rule.action() + " " + rule.blockDays()).toList());
        assertThat(range("SELECT COUNT(*) FROM no_show_rule WHERE provider_id BETWEEN :first AND :last"
                + " AND created_at > :now", dataset)).as("the rules were made by now").isZero();
        assertThat(range("SELECT COUNT(*) FROM provider_customer WHERE provider_id BETWEEN :first AND :last"
                + " AND (flagged_reason IS NOT NULL OR rules_exemption IS NOT NULL)", dataset))
                .as("no rule acted on the generated bookings, and nobody is exempt").isZero();
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
        assertThat(benchmark.results()).extracting(Timing.Result::name)
                .contains("status change to no-show with rules evaluated");
        assertThat(benchmark.results()).hasSizeGreaterThan(50).allSatisfy(result -> {
            if (Double.isNaN(result.rawMs())) {
                // a measurement, not a timing: the heap a streamed export keeps alive may well be 0 MB
                assertThat(result.productMs()).as(result.name()).isNotNegative();
            } else {
                assertThat(result.productMs()).as(result.name()).isPositive();
            }
        });
    }

    private long count(String sql, long provider) {
        return jdbc.sql(sql).param("p", provider).query(Long.class).single();
    }

    /** A count over the dataset's providers, {@code :first} to {@code :last}, as of {@code :now}. */
    private long range(String sql, DatasetGenerator.Dataset dataset) {
        return jdbc.sql(sql).param("first", dataset.firstProviderId()).param("last", dataset.lastProviderId())
                .param("now", Sql.param(clock.instant())).query(Long.class).single();
    }
}

package com.clientele.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo is made all-or-nothing: a start stopped half-way leaves nothing, the next one makes all of it. */
@IntegrationTest
class DemoDataTest {

    @Autowired
    DemoData demoData;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSeedingInterruptedHalfWayLeavesNothingAndTheNextOneIsComplete() {
        DemoProvider template = DemoProvider.ALL.getFirst();
        DemoProvider extra = new DemoProvider("resumed-demo@clientele.test", "Resumed Demo Salon", template.timeZone(),
                template.currency(), template.country(), Locale.GERMANY, 1.0, template.phonePrefix(),
                template.phoneDigits(), template.services(), List.of());
        AtomicInteger seeded = new AtomicInteger();

        assertThatThrownBy(() -> demoData.seedInOneTransaction(List.of(extra), 8, () -> {
            if (seeded.incrementAndGet() == 4) {
                throw new IllegalStateException("stopped half-way");
            }
        })).hasMessage("stopped half-way");
        assertThat(seeded).hasValue(4);
        assertThat(accounts(extra)).as("no account of the interrupted seeding").isZero();
        assertThat(customersOf(extra)).isZero();

        int bookings = demoData.seedInOneTransaction(List.of(extra), 8, () -> { });

        assertThat(accounts(extra)).isEqualTo(1);
        assertThat(customersOf(extra)).isEqualTo(8);
        assertThat(bookingsOf(extra)).isEqualTo(bookings).isPositive();
        assertThat(jdbc.sql("SELECT language FROM account WHERE email = ?").param(extra.email()).query(String.class)
                .single()).as("a German business reads German").isEqualTo("de");
    }

    @Test
    void theHistoryIsDatedWhenItHappenedNotWhenTheDemoWasMade() {
        DemoProvider template = DemoProvider.ALL.getFirst();
        DemoProvider dated = new DemoProvider("dated-demo@clientele.test", "Dated Demo Salon", template.timeZone(),
                template.currency(), template.country(), template.locale(), 1.0, template.phonePrefix(),
                template.phoneDigits(), template.services(), List.of());

        demoData.seedInOneTransaction(List.of(dated), 12, () -> { });

        String provider = "(SELECT p.id FROM provider p JOIN account a ON a.id = p.account_id WHERE a.email = '"
                + dated.email() + "')";
        long events = count("SELECT COUNT(*) FROM activity_event WHERE provider_id = " + provider);
        long olderThanADay = count("SELECT COUNT(*) FROM activity_event WHERE provider_id = " + provider
                + " AND occurred_at < UTC_TIMESTAMP(6) - INTERVAL 1 DAY");
        assertThat(olderThanADay).as("most of %d timeline entries tell of the past months", events)
                .isGreaterThan(events / 2);
        assertThat(count("SELECT COUNT(*) FROM activity_event WHERE provider_id = " + provider
                + " AND occurred_at > UTC_TIMESTAMP(6)")).as("nothing is dated in the future").isZero();
        assertThat(count("SELECT COUNT(*) FROM booking WHERE provider_id = " + provider
                + " AND status = 'COMPLETED' AND created_at < starts_at"))
                .as("a visit is recorded once it has started").isZero();
        assertThat(count("SELECT COUNT(*) FROM booking WHERE provider_id = " + provider
                + " AND status = 'NO_SHOW' AND (created_at >= starts_at OR updated_at < starts_at)"))
                .as("a no-show was booked ahead and recorded once it had started").isZero();
        assertThat(count("SELECT COUNT(*) FROM booking WHERE provider_id = " + provider
                + " AND status = 'CANCELLED' AND (cancelled_at IS NULL OR cancelled_at < created_at"
                + " OR cancelled_at > starts_at)"))
                .as("a cancellation was recorded between the booking and its start").isZero();
        assertThat(count("SELECT COUNT(*) FROM booking WHERE provider_id = " + provider
                + " AND starts_at > UTC_TIMESTAMP(6) AND created_at >= starts_at"))
                .as("a booking to come was made before it starts").isZero();
        assertThat(count("SELECT COUNT(*) FROM provider_customer pc WHERE pc.provider_id = " + provider
                + " AND pc.created_at <> (SELECT MIN(e.occurred_at) FROM activity_event e"
                + " WHERE e.provider_id = pc.provider_id AND e.customer_id = pc.customer_id)"))
                .as("a customer was added with their first booking").isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long accounts(DemoProvider provider) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE email = ?").param(provider.email()).query(Long.class).single();
    }

    private long customersOf(DemoProvider provider) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM provider_customer pc JOIN provider p ON p.id = pc.provider_id
                JOIN account a ON a.id = p.account_id WHERE a.email = ?""")
                .param(provider.email()).query(Long.class).single();
    }

    private long bookingsOf(DemoProvider provider) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM booking b JOIN provider p ON p.id = b.provider_id
                JOIN account a ON a.id = p.account_id WHERE a.email = ?""")
                .param(provider.email()).query(Long.class).single();
    }
}

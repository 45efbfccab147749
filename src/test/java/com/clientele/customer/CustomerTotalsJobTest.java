package com.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scheduled fold runs on one server at a time (SPEC §15): while another server holds its lock
 * row, a run here does nothing; once the lock is free, it folds.
 */
@IntegrationTest
class CustomerTotalsJobTest {

    private static final String LOCK = "customer-totals.fold";

    @Autowired
    CustomerTotalsJob job;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void release() {
        jdbc.sql("UPDATE shedlock SET lock_until = NOW(3) WHERE name = :name").param("name", LOCK).update();
    }

    @Test
    void aRunWhileAnotherServerHoldsTheLockIsSkipped() {
        TestProvider provider = data.newProvider();
        // two rows that sum to nothing, as for a provider without customers: the figure check agrees
        for (int sign : new int[] {1, -1}) {
            jdbc.sql("INSERT INTO provider_customer_totals (provider_id, customers, booked, returned, regular,"
                            + " rating_sum, rating_count) VALUES (:provider, :n, :n, 0, 0, 0, 0)")
                    .param("provider", provider.id()).param("n", sign).update();
        }
        jdbc.sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by)"
                        + " VALUES (:name, NOW(3) + INTERVAL 1 HOUR, NOW(3), 'another-server')"
                        + " ON DUPLICATE KEY UPDATE lock_until = NOW(3) + INTERVAL 1 HOUR, locked_by = 'another-server'")
                .param("name", LOCK).update();

        job.fold();
        assertThat(rows(provider)).as("skipped: another server holds the lock").isEqualTo(2);

        release();
        job.fold();
        assertThat(rows(provider)).as("folded once the lock is free").isEqualTo(1);
        assertThat(jdbc.sql("SELECT locked_by FROM shedlock WHERE name = :name").param("name", LOCK)
                .query(String.class).single()).isNotEqualTo("another-server");
    }

    private int rows(TestProvider provider) {
        return jdbc.sql("SELECT COUNT(*) FROM provider_customer_totals WHERE provider_id = :provider")
                .param("provider", provider.id()).query(Integer.class).single();
    }
}

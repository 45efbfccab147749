package com.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.FigureCheck;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folding the provider totals while writers commit (issue 14, item 12): a writer whose row has a
 * lower id than one already committed, and which commits while the fold runs, keeps its change in
 * the totals. The integrity check runs at the end.
 */
@IntegrationTest
class CustomerTotalsFoldTest {

    @Autowired
    TestData data;
    @Autowired
    CustomerTotals totals;
    @Autowired
    FigureCheck check;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aDeltaCommittedDuringTheFoldIsSummedNotLost() throws Exception {
        TestProvider slow = data.newProvider();
        TestProvider quick = data.newProvider();
        data.book(slow, "Early Customer", "early-" + slow.id() + "@example.com", BookingStatus.COMPLETED, "10.00", 9);
        data.book(slow, "Second Customer", "second-" + slow.id() + "@example.com", BookingStatus.COMPLETED, "10.00", 8);

        // a writer adds a customer (the trigger appends a totals row) and keeps its transaction open
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    data.book(slow, "Late Customer", "late-" + slow.id() + "@example.com", BookingStatus.COMPLETED,
                            "10.00", 1);
                    written.countDown();
                    await(commit);
                }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        // another writer commits a row with a higher id
        data.book(quick, "Other Provider's Customer", "other-" + quick.id() + "@example.com", BookingStatus.COMPLETED,
                "10.00", 1);

        CompletableFuture<Integer> fold = CompletableFuture.supplyAsync(totals::fold);
        Thread.sleep(500);
        assertThat(fold).as("the fold waits for the open writer's row").isNotDone();
        commit.countDown();
        writer.get(30, TimeUnit.SECONDS);
        assertThat(fold.get(30, TimeUnit.SECONDS)).isPositive();

        assertThat(storedCustomers(slow)).as("the slow writer's customer is counted").isEqualTo(3);
        assertThat(storedCustomers(quick)).isEqualTo(1);
        FigureCheck.Report report = data.asAdmin(() -> check.checkProvider(slow.id()));
        assertThat(report.isClean()).as(report.summary()).isTrue();
        assertThat(data.asAdmin(() -> check.checkProvider(quick.id())).isClean()).isTrue();
    }

    private long storedCustomers(TestProvider provider) {
        return jdbc.sql("SELECT COALESCE(SUM(customers), 0) FROM provider_customer_totals WHERE provider_id = :p")
                .param("p", provider.id()).query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

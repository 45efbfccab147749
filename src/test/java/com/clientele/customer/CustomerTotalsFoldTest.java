package com.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.FigureCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folding the provider totals while writers commit (issue 14, item 12). A fold that summed with a
 * plain read and deleted with a locking one lost the change of a writer still open during the sum:
 * the delete waited for the writer, then removed its row, which the sum had not seen. Each test
 * ends with the integrity check of its providers.
 *
 * <p>The writer and the fold run on threads of their own, and the test waits until the database
 * shows the fold running before the writer commits: with {@code CompletableFuture}'s shared pool,
 * the fold used to start only after the blocked writer had committed, and so never met it.
 */
@IntegrationTest
class CustomerTotalsFoldTest {

    private static final int WRITERS = 6;
    private static final int BOOKINGS_PER_WRITER = 8;

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

        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            // a writer adds a customer (the trigger appends a totals row) and keeps its transaction open
            Future<?> writer = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                data.book(slow, "Late Customer", "late-" + slow.id() + "@example.com", BookingStatus.COMPLETED,
                        "10.00", 1);
                written.countDown();
                await(commit);
            }));
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
            // another writer commits a row with a higher id, so the fold's limit covers the open row
            data.book(quick, "Other Provider's Customer", "other-" + quick.id() + "@example.com",
                    BookingStatus.COMPLETED, "10.00", 1);

            Future<Integer> fold = threads.submit(totals::fold);
            assertThat(foldIsDeletingOrDone(fold)).as("the fold runs while the writer is open").isTrue();
            commit.countDown();
            writer.get(30, TimeUnit.SECONDS);
            assertThat(fold.get(30, TimeUnit.SECONDS)).isPositive();
        }

        assertThat(storedCustomers(slow)).as("the slow writer's customer is counted").isEqualTo(3);
        assertThat(storedCustomers(quick)).isEqualTo(1);
        assertFiguresAgree(slow);
        assertFiguresAgree(quick);
    }

    /** Many writers and folds at once: whatever interleaving happens, no change is lost or counted twice. */
    @Test
    void parallelWritersAndFoldsKeepExactTotals() throws Exception {
        TestProvider provider = data.newProvider();
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger deadlocks = new AtomicInteger();
        List<Future<?>> writers = new ArrayList<>();
        List<Future<Integer>> folders = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 2)) {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(threads.submit(() -> {
                    await(start);
                    for (int i = 0; i < BOOKINGS_PER_WRITER; i++) {
                        data.book(provider, "Writer " + writer + " Customer " + i, "w" + writer + "-" + i + "-"
                                + provider.id() + "@example.com", BookingStatus.COMPLETED, "10.00", 1 + i);
                    }
                }));
            }
            for (int f = 0; f < 2; f++) {
                folders.add(threads.submit(() -> {
                    await(start);
                    int folds = 0;
                    while (writing.get()) {
                        try {
                            totals.fold();
                            folds++;
                        } catch (PessimisticLockingFailureException e) {
                            // two folds can deadlock; the loser is rolled back whole, as a scheduled fold would be
                            deadlocks.incrementAndGet();
                        }
                    }
                    return folds;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            for (Future<Integer> folder : folders) {
                assertThat(folder.get(30, TimeUnit.SECONDS)).as("folds while writing").isPositive();
            }
        }

        assertThat(storedCustomers(provider)).as("%d folds lost to a deadlock", deadlocks.get())
                .isEqualTo(WRITERS * BOOKINGS_PER_WRITER);
        assertFiguresAgree(provider);
    }

    /** True once the fold has finished or the database is running its delete (at most 10 s). */
    private boolean foldIsDeletingOrDone(Future<Integer> fold) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (fold.isDone() || jdbc.sql("SELECT COUNT(*) FROM information_schema.processlist"
                    + " WHERE info LIKE 'DELETE%provider_customer_totals%'").query(Long.class).single() > 0) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private void assertFiguresAgree(TestProvider provider) {
        FigureCheck.Report report = data.asAdmin(() -> check.checkProvider(provider.id()));
        assertThat(report.isClean()).as(report.summary()).isTrue();
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

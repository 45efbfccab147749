package com.clientele.booking.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.base.ConflictException;
import com.clientele.base.jobs.ClusterLocks;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One import per provider at a time, on any server: the guard is a lock row in the database, so an
 * import another server is running (here: its lock, held) refuses this one, and a finished import frees it.
 */
@IntegrationTest
class ImportLockTest {

    private static final String CSV = "Client,Email,Service,Date,Price,Status\n"
            + "Ada,ada@lock.example,Cut,2026-01-05 10:00,40,completed\n";

    @Autowired
    TestData data;
    @Autowired
    ImportService imports;
    @Autowired
    ClusterLocks locks;

    @Test
    void anImportRunningElsewhereRefusesAnotherOfTheSameProvider() throws Exception {
        TestProvider provider = data.newProvider();
        TestProvider another = data.newProvider();
        ImportFile file = data.as(provider, () -> imports.read(ImportKind.BOOKINGS, "lock.csv",
                CSV.getBytes(StandardCharsets.UTF_8)));

        try (ClusterLocks.Held elsewhere = locks.tryLock("import:" + provider.id()).orElseThrow()) {
            assertThatThrownBy(() -> start(provider, file)).isInstanceOf(ConflictException.class)
                    .satisfies(e -> assertThat(((ConflictException) e).text().key()).isEqualTo("imports.already-running"));
            assertThat(start(another, file).created()).as("another provider's import goes on").isEqualTo(1);
        }

        assertThat(start(provider, file).created()).isEqualTo(1);
        assertThat(start(provider, file).unchanged()).as("the finished import freed the lock").isEqualTo(1);
    }

    private ImportSummary start(TestProvider provider, ImportFile file) {
        return data.as(provider, () -> {
            try {
                return imports.start(file, file.guessedMapping(), ImportMode.ALL_OR_NOTHING, (done, total) -> {
                }).get(1, TimeUnit.MINUTES);
            } catch (InterruptedException | java.util.concurrent.ExecutionException
                    | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}

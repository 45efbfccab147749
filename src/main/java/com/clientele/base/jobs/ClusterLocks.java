package com.clientele.base.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * A lock across all servers for work that is not a scheduled job but must not run twice at once, such
 * as one provider's import: a row of the ShedLock table, taken or refused at once. While this server
 * holds it, the lock is extended every {@code HELD_FOR / 2}; a server that dies holding it frees it
 * after at most {@link #HELD_FOR}.
 */
@Component
public class ClusterLocks implements DisposableBean {

    static final Duration HELD_FOR = Duration.ofMinutes(1);

    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("cluster-locks").daemon().factory());
    private final LockProvider locks;

    ClusterLocks(LockProvider lockProvider) {
        this.locks = new KeepAliveLockProvider((ExtensibleLockProvider) lockProvider, keepAlive);
    }

    /**
     * Takes the lock named {@code name} (at most 64 characters) when no server holds it.
     *
     * @return the held lock, to close when the work is done; empty when another holder has it
     */
    public Optional<Held> tryLock(String name) {
        return locks.lock(new LockConfiguration(Instant.now(), name, HELD_FOR, Duration.ZERO))
                .map(lock -> lock::unlock);
    }

    @Override
    public void destroy() {
        keepAlive.shutdownNow();
    }

    /** A lock this server holds; closing it frees it for every server. */
    @FunctionalInterface
    public interface Held extends AutoCloseable {

        @Override
        void close();
    }
}

package com.clientele.activity;

import com.clientele.base.cluster.Broadcasts;
import com.clientele.security.CurrentUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Async;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open screens of a provider that their customer data changed, after the change committed.
 * A burst of changes (an import, a busy minute) becomes one notification per provider per
 * {@code app.live-updates.delay}; other providers are never notified. The change is broadcast
 * ({@link Broadcasts}), so screens open on every server refresh, not only this one's. Each
 * notification records in the timer {@value #LAG} how long its oldest change waited, from the
 * change's event to the moment the open screens were told.
 */
@Service
public class LiveUpdates implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    static final String LAG = "clientele.live.update.lag";

    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    /** Providers with a notification scheduled, each with the time of the oldest change it covers. */
    private final Map<Long, Instant> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-updates").daemon().factory());
    private final CurrentUser currentUser;
    private final long delayMillis;
    private final Timer lag;

    private final Broadcasts broadcasts;

    LiveUpdates(CurrentUser currentUser, LiveUpdateSettings settings, MeterRegistry meters, Broadcasts broadcasts) {
        this.currentUser = currentUser;
        this.delayMillis = settings.delay().toMillis();
        this.lag = Timer.builder(LAG)
                .description("From a change of customer data to the moment the provider's open screens were told")
                .publishPercentileHistogram()
                .register(meters);
        this.broadcasts = broadcasts;
        broadcasts.subscribe(TOPIC, message -> {
            String[] parts = message.split(" ", 2);
            schedule(Long.parseLong(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])));
        });
    }

    /** The broadcast topic: the provider whose data changed, on any server, and when (epoch ms). */
    static final String TOPIC = "live-updates";

    /**
     * Calls the listener (on another thread) whenever the current provider's data changed.
     *
     * @return call it to stop listening
     */
    @PreAuthorize("hasRole('PROVIDER')")
    public Runnable subscribe(Runnable listener) {
        long providerId = currentUser.providerId();
        // The listener runs on this service's thread, as the user who subscribed.
        Runnable asSubscriber = new DelegatingSecurityContextRunnable(listener, SecurityContextHolder.getContext());
        listeners.computeIfAbsent(providerId, id -> new CopyOnWriteArraySet<>()).add(asSubscriber);
        return () -> listeners.computeIfPresent(providerId, (id, set) -> {
            set.remove(asSubscriber);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * Runs after the commit on Spring's task executor (it only schedules the notification), so
     * screens refresh within {@code app.live-updates.delay}. The event publication registry records
     * it like every after-commit listener; marking that record processed and completed costs two
     * short transactions, which must not hold up the request that made the change (docs/events.md).
     */
    @Async
    @TransactionalEventListener(id = "activity.live-updates", fallbackExecution = true)
    void onChange(CustomerDataChanged change) {
        // publications stored before the time was recorded count from now
        Instant changedAt = change.changedAt() != null ? change.changedAt() : Instant.now();
        broadcasts.publish(TOPIC, change.providerId() + " " + changedAt.toEpochMilli());
    }

    /** This server's screens of the provider refresh after the delay, once for a burst of changes. */
    private void schedule(long providerId, Instant changedAt) {
        if (!listeners.containsKey(providerId)) {
            return;
        }
        if (pending.putIfAbsent(providerId, changedAt) == null) {
            scheduler.schedule(() -> notify(providerId), delayMillis, TimeUnit.MILLISECONDS);
        } else {
            pending.computeIfPresent(providerId, (id, oldest) -> changedAt.isBefore(oldest) ? changedAt : oldest);
        }
    }

    private void notify(long providerId) {
        Instant oldest = pending.remove(providerId);
        Set<Runnable> told = listeners.getOrDefault(providerId, Set.of());
        for (Runnable listener : told) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("A live-update listener failed", e);
            }
        }
        if (oldest != null && !told.isEmpty()) {
            // another server's clock may run a little ahead: never a negative lag
            Duration waited = Duration.between(oldest, Instant.now());
            lag.record(waited.isNegative() ? Duration.ZERO : waited);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}

package com.clientele.activity;

import com.clientele.base.cluster.Broadcasts;
import com.clientele.security.CurrentUser;
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
 * ({@link Broadcasts}), so screens open on every server refresh, not only this one's.
 */
@Service
public class LiveUpdates implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-updates").daemon().factory());
    private final CurrentUser currentUser;
    private final long delayMillis;

    private final Broadcasts broadcasts;

    LiveUpdates(CurrentUser currentUser, LiveUpdateSettings settings, Broadcasts broadcasts) {
        this.currentUser = currentUser;
        this.delayMillis = settings.delay().toMillis();
        this.broadcasts = broadcasts;
        broadcasts.subscribe(TOPIC, providerId -> schedule(Long.parseLong(providerId)));
    }

    /** The broadcast topic: the provider whose data changed, on any server. */
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
        broadcasts.publish(TOPIC, Long.toString(change.providerId()));
    }

    /** This server's screens of the provider refresh after the delay, once for a burst of changes. */
    private void schedule(long providerId) {
        if (listeners.containsKey(providerId) && pending.add(providerId)) {
            scheduler.schedule(() -> notify(providerId), delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void notify(long providerId) {
        pending.remove(providerId);
        for (Runnable listener : listeners.getOrDefault(providerId, Set.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("A live-update listener failed", e);
            }
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}

package com.clientele.base.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry (table EVENT_PUBLICATION) working over time: hands failed
 * publications to their listener again, and deletes completed ones once they are old, so the table
 * holds what is outstanding plus a short history. Publications left incomplete by a stop of the app
 * are resubmitted by Spring Modulith itself at the next start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). See docs/events.md.
 */
@Component
public class EventLog {

    private static final Logger log = LoggerFactory.getLogger(EventLog.class);

    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final EventLogSettings settings;
    private final Clock clock;

    EventLog(FailedEventPublications failed, CompletedEventPublications completed, EventLogSettings settings,
            Clock clock) {
        this.failed = failed;
        this.completed = completed;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${app.events.resubmit-every}", initialDelayString = "${app.events.resubmit-every}")
    @SchedulerLock(name = "events.resubmit-failed", lockAtLeastFor = "${app.events.resubmit-every}")
    public void resubmitFailed() {
        resubmitFailed(settings.resubmitAfter());
    }

    /**
     * Hands every failed publication that has waited at least {@code waited} since it was published or
     * last resubmitted, and has not used up its resubmissions, to its listener again.
     */
    public void resubmitFailed(Duration waited) {
        Instant before = clock.instant().minus(waited);
        // Filtered here rather than by ResubmissionOptions.withMinAge, which Modulith 2.0.3's JDBC
        // repository ignores (spring-modulith#1943).
        failed.resubmit(ResubmissionOptions.defaults().withFilter(publication -> lastTry(publication).isBefore(before)
                && publication.getCompletionAttempts() < settings.maxResubmissions()));
    }

    @Scheduled(fixedDelayString = "${app.events.cleanup-every}", initialDelayString = "${app.events.cleanup-every}")
    @SchedulerLock(name = "events.delete-old-completed", lockAtLeastFor = "${app.events.cleanup-every}")
    public void deleteOldCompletedOnSchedule() {
        deleteOldCompleted();
    }

    /** Deletes the completed publications older than {@code app.events.keep-completed}. */
    void deleteOldCompleted() {
        completed.deletePublicationsOlderThan(settings.keepCompleted());
        log.debug("Deleted completed event publications older than {}", settings.keepCompleted());
    }

    private static Instant lastTry(EventPublication publication) {
        Instant resubmitted = publication.getLastResubmissionDate();
        return resubmitted == null ? publication.getPublicationDate() : resubmitted;
    }
}

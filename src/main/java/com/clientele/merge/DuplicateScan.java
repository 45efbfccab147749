package com.clientele.merge;

import com.clientele.customer.RelationContacts;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Compares, once, all customers of each business that has not been compared yet (those it had
 * before the duplicate check existed, or written straight into the database): on one server of the
 * cluster at a time (ShedLock), shortly after a start and then every few minutes. Customers added
 * afterwards are compared as they come ({@link DuplicateFinder#on}).
 */
@Component
public class DuplicateScan {

    private static final Logger log = LoggerFactory.getLogger(DuplicateScan.class);

    private final RelationContacts contacts;
    private final DuplicateFinder finder;
    private final JdbcClient jdbc;

    DuplicateScan(RelationContacts contacts, DuplicateFinder finder, JdbcClient jdbc) {
        this.contacts = contacts;
        this.finder = finder;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${app.duplicates.scan-every:5m}", initialDelayString = "${app.duplicates.scan-after:20s}")
    @SchedulerLock(name = "duplicate-scan", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5S")
    public void scanNew() {
        scanUnscanned();
    }

    /** {@link #scanNew} without the cluster lock, for tests and the benchmark. */
    void scanUnscanned() {
        Set<Long> scanned = new HashSet<>(jdbc.sql("SELECT provider_id FROM duplicate_scan").query(Long.class).list());
        long began = System.nanoTime();
        int businesses = 0;
        int pairs = 0;
        for (long providerId : contacts.providers()) {
            if (!scanned.contains(providerId)) {
                pairs += finder.scan(providerId);
                businesses++;
            }
        }
        if (businesses > 0) {
            log.info("Compared the customers of {} businesses not compared before: {} possible duplicates in {} ms",
                    businesses, pairs, (System.nanoTime() - began) / 1_000_000);
        }
    }
}

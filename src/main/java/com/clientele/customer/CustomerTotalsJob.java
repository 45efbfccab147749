package com.clientele.customer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the providers' totals rows every {@code app.customer-totals.fold-every}, on one server at a
 * time ({@link CustomerTotals#fold()} itself stays callable at any moment, e.g. after a bulk load).
 */
@Component
class CustomerTotalsJob {

    private final CustomerTotals totals;

    CustomerTotalsJob(CustomerTotals totals) {
        this.totals = totals;
    }

    @Scheduled(fixedDelayString = "${app.customer-totals.fold-every}", initialDelayString = "${app.customer-totals.fold-every}")
    @SchedulerLock(name = "customer-totals.fold", lockAtLeastFor = "${app.customer-totals.fold-every}")
    public void fold() {
        totals.fold();
    }
}

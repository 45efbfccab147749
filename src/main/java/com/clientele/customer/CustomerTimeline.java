package com.clientele.customer;

import com.clientele.activity.ActivityEntry;
import com.clientele.activity.ActivityLog;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.CurrentUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The relationship timeline as screens and the API show it: the activity module's events with
 * each customer's relation and current name, so a renamed customer reads the same everywhere.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class CustomerTimeline {

    private final ActivityLog activity;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final CustomerAccess access;

    CustomerTimeline(ActivityLog activity, JdbcClient jdbc, CurrentUser currentUser, CustomerAccess access) {
        this.activity = activity;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.access = access;
    }

    /**
     * The latest events of the current provider, newest first (a staff member's: of their own
     * customers, see {@link ActivityLog#recent}). Two short reads and no transaction:
     * a name read a moment after its event is the name to show, and a read-only transaction would
     * double the round trips of this panel, which refreshes on every change.
     */
    public List<ActivityEntry> recent(int limit) {
        return named(activity.recent(limit));
    }

    /**
     * The timeline of one customer of the current provider, newest first; two reads, as above. A
     * staff member's customer not their own is not found.
     */
    public List<ActivityEntry> forCustomer(long customerId, int limit) {
        access.requireCustomer(customerId, Capability.SEE_CUSTOMERS);
        return named(activity.forCustomer(customerId, limit));
    }

    private List<ActivityEntry> named(List<ActivityEntry> entries) {
        List<Long> customerIds = entries.stream().map(ActivityEntry::customerId).filter(Objects::nonNull)
                .distinct().toList();
        if (customerIds.isEmpty()) {
            return entries;
        }
        record Named(long relationId, String name) {
        }
        Map<Long, Named> names = new HashMap<>();
        jdbc.sql("SELECT id, customer_id, name FROM provider_customer WHERE provider_id = :provider"
                        + " AND customer_id IN (:customers)")
                .param("provider", currentUser.providerId()).param("customers", customerIds)
                .query((rs, row) -> names.put(rs.getLong("customer_id"),
                        new Named(rs.getLong("id"), rs.getString("name"))))
                .list();
        return entries.stream().map(entry -> {
            Named named = entry.customerId() == null ? null : names.get(entry.customerId());
            return named == null ? entry : entry.withCustomer(named.relationId(), named.name());
        }).toList();
    }
}

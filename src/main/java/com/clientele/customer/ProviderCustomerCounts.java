package com.clientele.customer;

import com.clientele.base.Chunks;
import com.clientele.provider.CustomerCounts;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The admin console's counts per provider, from the relations and their stored figures. */
@Component
class ProviderCustomerCounts implements CustomerCounts {

    private final JdbcClient jdbc;

    ProviderCustomerCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Counts> of(Collection<Long> providerIds) {
        Map<Long, Counts> counts = new HashMap<>();
        for (List<Long> chunk : Chunks.of(providerIds)) {
            jdbc.sql("SELECT provider_id, COUNT(*) AS customers, COALESCE(SUM(total_bookings), 0) AS bookings"
                            + " FROM provider_customer WHERE provider_id IN (:providers) GROUP BY provider_id")
                    .param("providers", chunk)
                    .query((rs, row) -> counts.put(rs.getLong("provider_id"),
                            new Counts(rs.getLong("customers"), rs.getLong("bookings"))))
                    .list();
        }
        return counts;
    }
}

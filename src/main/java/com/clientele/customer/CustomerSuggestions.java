package com.clientele.customer;

import com.clientele.base.Sql;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search-as-you-type over the current provider's customers (name, e-mail or phone digits), for
 * pickers. Blocked customers are found too, with their reason, so a picker can say why it refuses.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class CustomerSuggestions {

    public static final int MAX_LIMIT = 100;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final CustomerAccess access;

    CustomerSuggestions(JdbcClient jdbc, CurrentUser currentUser, CustomerAccess access) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.access = access;
    }

    /**
     * Customers matching the text (all when blank), by name; {@code limit} is capped at
     * {@value #MAX_LIMIT}. A staff member is offered their own customers only.
     */
    @Transactional(readOnly = true)
    public List<CustomerSuggestion> search(String text, int offset, int limit) {
        Long own = access.ownOnly(Capability.SEE_CUSTOMERS);
        Map<String, Object> params = new HashMap<>();
        params.put("provider", currentUser.providerId());
        params.put("limit", Math.clamp(limit, 1, MAX_LIMIT));
        params.put("offset", Math.max(0, offset));
        StringBuilder sql = new StringBuilder("SELECT pc.customer_id, pc.id, pc.name, pc.email, pc.phone, pc.blocked,"
                + " pc.blocked_reason, pc.flagged_reason, " + Reliability.COLUMNS
                + " FROM provider_customer pc WHERE pc.provider_id = :provider");
        if (own != null) {
            Sql.Condition served = Sql.servedRelation("pc.provider_id", "pc.id", own);
            sql.append(" AND ").append(served.sql());
            params.putAll(served.params());
        }
        String term = text == null ? "" : text.strip();
        if (!term.isEmpty()) {
            Sql.Condition search = Sql.keySearch("pc.search_key", term, "text");
            sql.append(" AND ").append(search.sql());
            params.putAll(search.params());
        }
        sql.append(" ORDER BY pc.name, pc.id LIMIT :limit OFFSET :offset");
        return jdbc.sql(sql.toString()).params(params).query(CustomerSuggestions::suggestion).list();
    }

    private static CustomerSuggestion suggestion(ResultSet rs, int row) throws SQLException {
        return new CustomerSuggestion(rs.getLong("customer_id"), rs.getLong("id"), rs.getString("name"),
                rs.getString("email"), rs.getString("phone"), rs.getBoolean("blocked"),
                rs.getString("blocked_reason"), Reliability.of(rs),
                rs.getString("flagged_reason"));
    }
}

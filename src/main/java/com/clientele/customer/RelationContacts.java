package com.clientele.customer;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contact data of relations, read for the duplicate check (SPEC 12), which also runs after a
 * writer's commit, without a signed-in member: the caller names the provider.
 */
@Component
public class RelationContacts {

    private static final String COLUMNS = "SELECT id, customer_id, name, email, phone FROM provider_customer";

    private final JdbcClient jdbc;

    RelationContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** These relations of the provider, those that still exist, in id order. */
    public List<RelationContact> of(long providerId, Collection<Long> relationIds) {
        if (relationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " WHERE provider_id = :provider AND id IN (:ids) ORDER BY id")
                .param("provider", providerId).param("ids", relationIds).query(RelationContacts::contact).list();
    }

    /** Up to {@code limit} relations of the provider with ids above {@code afterId}, in id order. */
    public List<RelationContact> after(long providerId, long afterId, int limit) {
        return jdbc.sql(COLUMNS + " WHERE provider_id = :provider AND id > :after ORDER BY id LIMIT :limit")
                .param("provider", providerId).param("after", afterId).param("limit", limit)
                .query(RelationContacts::contact).list();
    }

    /** The businesses that have customers. */
    public List<Long> providers() {
        return jdbc.sql("SELECT DISTINCT provider_id FROM provider_customer ORDER BY provider_id").query(Long.class)
                .list();
    }

    private static RelationContact contact(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new RelationContact(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("name"),
                rs.getString("email"), rs.getString("phone"));
    }
}

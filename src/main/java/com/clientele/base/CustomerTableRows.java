package com.clientele.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link CustomerRows} of a table with {@code id}, {@code provider_id} and {@code customer_id}
 * columns: a move is one locking read of the ids and one update per thousand rows. A module names
 * its own table; a table with a {@code version} column has it raised, so that a screen holding an
 * old copy of a moved row cannot write it back.
 */
public final class CustomerTableRows implements CustomerRows {

    private final JdbcClient jdbc;
    private final String kind;
    private final String select;
    private final String update;

    public CustomerTableRows(JdbcClient jdbc, String kind, String table, boolean versioned) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.select = "SELECT id FROM " + table + " WHERE provider_id = :provider AND customer_id = :from"
                + " ORDER BY id FOR UPDATE";
        this.update = "UPDATE " + table + " SET customer_id = :to" + (versioned ? ", version = version + 1" : "")
                + " WHERE provider_id = :provider AND customer_id = :from AND id IN (:ids)";
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public List<Long> move(long providerId, long fromCustomerId, long toCustomerId) {
        List<Long> ids = jdbc.sql(select).param("provider", providerId).param("from", fromCustomerId)
                .query(Long.class).list();
        update(providerId, ids, fromCustomerId, toCustomerId);
        return ids;
    }

    @Override
    public void moveBack(long providerId, Collection<Long> rowIds, long fromCustomerId, long toCustomerId) {
        update(providerId, new ArrayList<>(rowIds), fromCustomerId, toCustomerId);
    }

    private void update(long providerId, List<Long> ids, long fromCustomerId, long toCustomerId) {
        for (List<Long> chunk : Chunks.of(ids)) {
            jdbc.sql(update).param("provider", providerId).param("from", fromCustomerId).param("to", toCustomerId)
                    .param("ids", chunk).update();
        }
    }
}

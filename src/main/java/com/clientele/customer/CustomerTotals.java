package com.clientele.customer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored totals behind the customer stats, of each provider (changeset 0007-customer-totals) and
 * of each staff member's own customers (0029-staff-customer-totals): database triggers append a row
 * of changes whenever a relation (a member's row of {@code staff_customer}) is added or its booking
 * counts or ratings change, in the writer's transaction; the totals are the sum of the rows. This
 * folds each provider's and member's rows into one from time to time, so that sum stays short.
 * Folding changes no total.
 */
@Component
public class CustomerTotals {

    private static final Logger log = LoggerFactory.getLogger(CustomerTotals.class);

    /** The stored totals and how each is defined over the relations, for the figure check. */
    static final List<String> COLUMNS = List.of("customers", "booked", "returned", "regular", "rating_sum",
            "rating_count");
    static final String EXPECTED = "COUNT(*) AS customers, SUM(total_bookings >= 1) AS booked,"
            + " SUM(total_bookings >= 2) AS returned, SUM(total_bookings >= 5) AS regular,"
            + " SUM(rating_sum) AS rating_sum, SUM(rating_count) AS rating_count";
    static final String SUMS = COLUMNS.stream().map(column -> "SUM(" + column + ") AS " + column)
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;

    CustomerTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces the rows of every provider and member that has more than one by their sum. Runs every minute
     * ({@link CustomerTotalsJob}, on one server at a time); callable after bulk loads.
     *
     * <p>The rows are deleted first and the sum is taken of exactly the rows the delete returns:
     * a row a writer commits meanwhile is either deleted and summed, or left alone, never deleted
     * unsummed. (Summing with a plain read and then deleting with a locking one lost such a row:
     * the delete waits for the writer, then sees its row; the sum never did.)
     *
     * @return how many rows were folded
     */
    @Transactional
    public int fold() {
        return fold("provider_customer_totals", List.of("provider_id"))
                + fold("staff_customer_totals", List.of("provider_id", "staff_member_id"));
    }

    /** Folds the rows of one totals table: those of each key ({@code keys}' values) into one row. */
    private int fold(String table, List<String> keys) {
        Long last = jdbc.sql("SELECT MAX(id) FROM " + table).query(Long.class).optional().orElse(null);
        if (last == null) {
            return 0;
        }
        String key = String.join(", ", keys);
        Map<List<Long>, long[]> sums = new LinkedHashMap<>();
        int[] folded = {0};
        jdbc.sql("DELETE FROM " + table + " WHERE id <= :last AND (" + key + ") IN (SELECT " + key + " FROM"
                        + " (SELECT " + key + " FROM " + table + " WHERE id <= :last GROUP BY " + key
                        + " HAVING COUNT(*) > 1) several) RETURNING " + key + ", " + String.join(", ", COLUMNS))
                .param("last", last)
                .query(rs -> {
                    List<Long> values = new ArrayList<>();
                    for (String column : keys) {
                        values.add(rs.getLong(column));
                    }
                    long[] sum = sums.computeIfAbsent(values, id -> new long[COLUMNS.size()]);
                    for (int i = 0; i < COLUMNS.size(); i++) {
                        sum[i] += rs.getLong(COLUMNS.get(i));
                    }
                    folded[0]++;
                });
        String insert = "INSERT INTO " + table + " (" + key + ", " + String.join(", ", COLUMNS) + ") VALUES ("
                + keys.stream().map(column -> ":" + column).collect(Collectors.joining(", ")) + ", "
                + COLUMNS.stream().map(column -> ":" + column).collect(Collectors.joining(", ")) + ")";
        sums.forEach((values, sum) -> {
            var statement = jdbc.sql(insert);
            for (int i = 0; i < keys.size(); i++) {
                statement = statement.param(keys.get(i), values.get(i));
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                statement = statement.param(COLUMNS.get(i), sum[i]);
            }
            statement.update();
        });
        if (folded[0] > 0) {
            log.debug("Folded {} rows of {} into {}", folded[0], table, sums.size());
        }
        return folded[0];
    }
}

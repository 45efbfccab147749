package com.clientele.customer;

import com.clientele.base.Text;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How reliably a customer turns up (SPEC 11), over the bookings that started in the last
 * {@link #WINDOW}: attended (completed) against attended, no-shows and late cancellations, in whole
 * percent rounded down. Under {@link #MINIMUM} such bookings there is not enough history and
 * {@link #percent()} is null.
 */
public record Reliability(long attended, long noShows, long lateCancellations) {

    /** The window of bookings counted: those that started, or will start, after now minus this. */
    public static final Duration WINDOW = Duration.ofDays(365);

    /** Fewer counted bookings than this: "not enough history". */
    public static final int MINIMUM = 3;

    /** Below this percentage the figure is shown as a warning. */
    public static final int LOW_BELOW = 70;

    /** The relation columns holding the counts, for queries that show the figure. */
    public static final String COLUMNS = "pc.attended_recent, pc.no_show_recent, pc.late_cancellation_count";

    public static Reliability of(long attended, long noShows, long lateCancellations) {
        return new Reliability(attended, noShows, lateCancellations);
    }

    /** The counts of {@link #COLUMNS} in this row. */
    public static Reliability of(ResultSet rs) throws SQLException {
        return of(rs.getLong("attended_recent"), rs.getLong("no_show_recent"), rs.getLong("late_cancellation_count"));
    }

    public long counted() {
        return attended + noShows + lateCancellations;
    }

    /** The percentage rounded down, as the relation's generated column stores it; null under the minimum. */
    public @Nullable Integer percent() {
        long counted = counted();
        return counted < MINIMUM ? null : (int) (100 * attended / counted);
    }

    /** The figure with its reason: "62 % — 2 no-shows, 1 late cancellation in 12 months", or why there is none. */
    public Text explained() {
        Integer percent = percent();
        return percent == null ? Text.of("customer.reliability.not-enough", counted())
                : Text.of("customer.reliability.explained", percent, noShows, lateCancellations);
    }

    /** The figure alone ("62 %"), or a dash without enough history. */
    public Text brief() {
        Integer percent = percent();
        return percent == null ? Text.of("customer.reliability.none") : Text.of("customer.reliability.short", percent);
    }

    /** Enough history and below {@link #LOW_BELOW}. */
    public boolean low() {
        Integer percent = percent();
        return percent != null && percent < LOW_BELOW;
    }
}

package com.clientele.booking;

import com.clientele.customer.CustomerFigures;
import com.clientele.customer.FigureDifference;
import com.clientele.customer.StoredFigures;
import com.clientele.customer.StoredRelationFigures;
import com.clientele.customer.TotalsMismatch;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data integrity check of the SPEC 3 figures: recomputes every relation's figures from its
 * bookings and reviews (the definitions the writers use, {@link BookingFigures}) and reports each
 * relation whose stored figures disagree, and each provider whose stored totals (behind the stats)
 * disagree with its relations. One provider at a time, all of it in one consistent snapshot
 * (repeatable read), so writes going on meanwhile are never reported as disagreement. For a whole
 * platform or one provider. Read-only: it reports, it repairs nothing.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class FigureCheck {

    /** At most this many disagreeing relations are listed; all of them are counted. */
    public static final int LISTED_MAX = 1_000;

    /**
     * How long a relation whose next booking has started may wait for {@link VisitRollover} (which
     * runs every minute) before its last visit and next booking count as wrong.
     */
    static final Duration ROLLOVER_GRACE = Duration.ofMinutes(5);

    private final BookingFigures bookingFigures;
    private final StoredFigures storedFigures;
    private final Clock clock;

    FigureCheck(BookingFigures bookingFigures, StoredFigures storedFigures, Clock clock) {
        this.bookingFigures = bookingFigures;
        this.storedFigures = storedFigures;
        this.clock = clock;
    }

    /** A relation with at least one disagreeing figure. */
    public record Mismatch(long relationId, long providerId, long customerId, List<FigureDifference> differences) {

        public String describe() {
            return "relation " + relationId + " (provider " + providerId + ", customer " + customerId + "): "
                    + differences.stream().map(d -> d.figure() + " stored " + d.stored() + ", expected " + d.expected())
                            .collect(Collectors.joining("; "));
        }
    }

    /**
     * What a check found: how many relations it checked, how many disagree (the first
     * {@link #LISTED_MAX} of those listed, by provider and relation id), and the providers whose
     * stored totals disagree with their relations.
     */
    public record Report(@Nullable Long providerId, long relationsChecked, long mismatchCount,
            List<Mismatch> mismatches, List<TotalsMismatch> totalsMismatches) {

        public boolean isClean() {
            return mismatchCount == 0 && totalsMismatches.isEmpty();
        }

        public String summary() {
            return (providerId == null ? "all providers" : "provider " + providerId) + ": " + relationsChecked
                    + " relations checked, " + mismatchCount + " with figures that disagree with their bookings and"
                    + " reviews; " + totalsMismatches.size() + " providers whose stored totals disagree";
        }
    }

    /** Checks every relation of every provider. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report checkAll() {
        return check(null, storedFigures.providerIds(), clock.instant());
    }

    /** Checks every relation of one provider. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report checkProvider(long providerId) {
        return check(providerId, List.of(providerId), clock.instant());
    }

    /**
     * One provider's check as of {@code now}: the last visit and next booking are compared with what
     * they are at that instant, except for relations whose next booking started, or whose reliability window moved on, less than
     * {@link #ROLLOVER_GRACE} before it (the roll-over has not reached them yet).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Report checkProvider(long providerId, Instant now) {
        return check(providerId, List.of(providerId), now);
    }

    private Report check(@Nullable Long scope, List<Long> providerIds, Instant now) {
        long relations = 0;
        long count = 0;
        List<Mismatch> listed = new ArrayList<>();
        for (long providerId : providerIds) {
            Map<Long, CustomerFigures> expected = bookingFigures.ofProvider(providerId, now);
            Map<Long, StoredRelationFigures> stored = storedFigures.ofProvider(providerId);
            relations += stored.size();
            for (StoredRelationFigures relation : stored.values()) {
                long customerId = relation.figures().customerId();
                List<FigureDifference> differences = differences(relation.figures(),
                        expected.getOrDefault(customerId, CustomerFigures.none(customerId)), now);
                if (!differences.isEmpty()) {
                    count++;
                    if (listed.size() < LISTED_MAX) {
                        listed.add(new Mismatch(relation.relationId(), providerId, customerId, differences));
                    }
                }
            }
        }
        return new Report(scope, relations, count, List.copyOf(listed), storedFigures.totalsMismatches(scope));
    }

    private static List<FigureDifference> differences(CustomerFigures stored, CustomerFigures expected,
            Instant now) {
        Map<String, @Nullable Object> expectedColumns = expected.byColumn();
        List<FigureDifference> differences = new ArrayList<>();
        boolean rolloverPending = justDue(stored.nextBookingAt(), now) || justDue(stored.reliabilityWindowEndsAt(), now);
        stored.byColumn().forEach((column, value) -> {
            if (rolloverPending && CustomerFigures.TIME_DEPENDENT.contains(column)) {
                return;
            }
            Object should = expectedColumns.get(column);
            if (!same(value, should)) {
                differences.add(new FigureDifference(column, text(value), text(should)));
            }
        });
        return List.copyOf(differences);
    }

    /** Due for the roll-over less than {@link #ROLLOVER_GRACE} ago. */
    private static boolean justDue(@Nullable Instant due, Instant now) {
        return due != null && !due.isAfter(now) && due.isAfter(now.minus(ROLLOVER_GRACE));
    }

    private static boolean same(@Nullable Object stored, @Nullable Object expected) {
        if (stored instanceof BigDecimal a && expected instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(stored, expected);
    }

    private static String text(@Nullable Object value) {
        return value == null ? "none" : value.toString();
    }
}

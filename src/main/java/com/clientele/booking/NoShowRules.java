package com.clientele.booking;

import com.clientele.base.ConflictException;
import com.clientele.base.InvalidInputException;
import com.clientele.base.Language;
import com.clientele.base.Messages;
import com.clientele.base.NotFoundException;
import com.clientele.base.Sql;
import com.clientele.base.Text;
import com.clientele.customer.RuleDecision;
import com.clientele.customer.RuleOutcomes;
import com.clientele.provider.AccountPreferences;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider's no-show protection settings (SPEC 11): the rules ("3 no-shows within 90 days → block
 * for 30 days") and the late-cancellation cut-off. Owners and managers define them; the booking
 * service has them {@linkplain #evaluate evaluated} in the transaction that records a no-show or a
 * late cancellation.
 *
 * <p>A rule applies from its creation on: it acts when a no-show or late cancellation is recorded
 * after it was made, counting those of the bookings that started in its last days, earlier ones
 * included. Of the rules a customer reaches, the strongest acts: a block until lifted before a
 * longer block before a shorter one before a flag.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class NoShowRules {

    public static final int THRESHOLD_MAX = 50;
    public static final int WITHIN_DAYS_MAX = 730;
    public static final int BLOCK_DAYS_MAX = 365;
    public static final int CUTOFF_HOURS_MAX = 336;
    /** The cut-off of a business that never changed it (no row in {@code no_show_setting}). */
    public static final int DEFAULT_CUTOFF_HOURS = 24;
    /** A business keeps at most this many rules. */
    public static final int RULES_MAX = 20;

    private static final String COLUMNS = "id, counts, threshold, within_days, action, block_days, created_at, created_by";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final RuleOutcomes outcomes;
    private final BookingFigures figures;
    private final Messages messages;
    private final AccountPreferences preferences;
    private final Clock clock;

    NoShowRules(JdbcClient jdbc, CurrentUser currentUser, RuleOutcomes outcomes, BookingFigures figures,
            Messages messages, AccountPreferences preferences, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.outcomes = outcomes;
        this.figures = figures;
        this.messages = messages;
        this.preferences = preferences;
        this.clock = clock;
    }

    /** The current business's rules, oldest first. */
    @Transactional(readOnly = true)
    public List<NoShowRule> list() {
        currentUser.require(Capability.BLOCK);
        return rules(currentUser.providerId());
    }

    /**
     * Adds a rule. Every part is checked and every problem named at once: a threshold of 1 to 50, a
     * window of 1 to 730 days, a block of 1 to 365 days (only for a block for a number of days).
     *
     * @throws ConflictException when the business has the same rule already
     */
    @Transactional
    public NoShowRule create(NewRule rule) {
        currentUser.require(Capability.BLOCK);
        Map<String, Text> errors = new LinkedHashMap<>();
        if (rule.counts() == null) {
            errors.put("counts", Text.of("rules.error.counts.required"));
        }
        checkRange(errors, "threshold", rule.threshold(), THRESHOLD_MAX);
        checkRange(errors, "within_days", rule.withinDays(), WITHIN_DAYS_MAX);
        if (rule.action() == null) {
            errors.put("action", Text.of("rules.error.action.required"));
        } else if (rule.action() == RuleAction.BLOCK_FOR) {
            checkRange(errors, "block_days", rule.blockDays(), BLOCK_DAYS_MAX);
        } else if (rule.blockDays() != null && rule.blockDays() != 0) {
            errors.put("block_days", Text.of("rules.error.block-days.only-for-block-for"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long providerId = currentUser.providerId();
        if (rules(providerId).size() >= RULES_MAX) {
            throw new ConflictException("rules.error.too-many", RULES_MAX);
        }
        int blockDays = rule.action() == RuleAction.BLOCK_FOR ? rule.blockDays() : 0;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as DATETIME(6) keeps it
        String createdBy = currentUser.actorName();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO no_show_rule (provider_id, counts, threshold, within_days, action, block_days,"
                            + " created_at, created_by) VALUES (:provider, :counts, :threshold, :within, :action, :blockDays,"
                            + " :now, :by)")
                    .param("provider", providerId).param("counts", rule.counts().name())
                    .param("threshold", rule.threshold()).param("within", rule.withinDays())
                    .param("action", rule.action().name()).param("blockDays", blockDays)
                    .param("now", Sql.param(now)).param("by", createdBy).update(key, "id");
        } catch (DuplicateKeyException e) {
            throw new ConflictException("rules.error.duplicate");
        }
        return new NoShowRule(key.getKeyAs(Number.class).longValue(), rule.counts(), rule.threshold(),
                rule.withinDays(), rule.action(), blockDays, now, createdBy);
    }

    /** Removes one of the business's rules; blocks and flags it made stay. */
    @Transactional
    public void delete(long ruleId) {
        currentUser.require(Capability.BLOCK);
        int deleted = jdbc.sql("DELETE FROM no_show_rule WHERE id = :id AND provider_id = :provider")
                .param("id", ruleId).param("provider", currentUser.providerId()).update();
        if (deleted == 0) {
            throw new NotFoundException("rules.error.not-found");
        }
    }

    /** How long before the start a cancellation is late, in hours (default 24). */
    @Transactional(readOnly = true)
    public int lateCancellationHours() {
        currentUser.require(Capability.BLOCK);
        return jdbc.sql("SELECT late_cancellation_hours FROM no_show_setting WHERE provider_id = :provider")
                .param("provider", currentUser.providerId()).query(Integer.class).optional()
                .orElse(DEFAULT_CUTOFF_HOURS);
    }

    /**
     * Changes the cut-off (1 to 336 hours) and recomputes every customer's reliability with it, in
     * the same transaction: cancellations already recorded are judged by the new cut-off.
     */
    @Transactional
    public int changeLateCancellationHours(Integer hours) {
        currentUser.require(Capability.BLOCK);
        Map<String, Text> errors = new LinkedHashMap<>();
        checkRange(errors, "late_cancellation_hours", hours, CUTOFF_HOURS_MAX);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long providerId = currentUser.providerId();
        int before = lateCancellationHours();
        jdbc.sql("INSERT INTO no_show_setting (provider_id, late_cancellation_hours) VALUES (:provider, :hours)"
                        + " ON DUPLICATE KEY UPDATE late_cancellation_hours = :hours")
                .param("hours", hours).param("provider", providerId).update();
        if (before != hours) {
            // only customers with a cancellation recorded in the app can change
            List<Long> customers = jdbc.sql("SELECT DISTINCT customer_id FROM booking FORCE INDEX (ix_booking_status)"
                            + " WHERE provider_id = :provider AND status = 'CANCELLED' AND cancelled_at IS NOT NULL")
                    .param("provider", providerId).query(Long.class).list();
            figures.refresh(customers);
        }
        return hours;
    }

    /**
     * Applies the strongest of the business's rules the customer of this booking reaches now, if
     * any, when the booking's outcome just recorded is one they count: a no-show, or a cancellation
     * made less than the cut-off before the start. Called in the transaction that recorded it, under
     * the relation's row lock.
     *
     * @return the rule that acted, if one did
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<NoShowRule> evaluate(long bookingId, long customerId) {
        long providerId = currentUser.providerId();
        List<NoShowRule> rules = rules(providerId).stream().sorted(STRONGEST_FIRST).toList();
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Counts counts = counts(providerId, customerId, bookingId, rules, now);
        RuleCounts event = counts.noShow() ? RuleCounts.NO_SHOWS
                : counts.late() ? RuleCounts.LATE_CANCELLATIONS : null;
        if (event == null) {
            return Optional.empty();
        }
        for (int i = 0; i < rules.size(); i++) {
            NoShowRule rule = rules.get(i);
            if ((rule.counts() != event && rule.counts() != RuleCounts.EITHER) || counts.of(i) < rule.threshold()) {
                continue;
            }
            String reason = messages.render(rule.reason(), preferences.ownLanguage().orElse(Language.ENGLISH));
            RuleDecision decision = rule.action().blocks()
                    ? RuleDecision.block(reason, rule.action() == RuleAction.BLOCK_FOR
                            ? now.plus(Duration.ofDays(rule.blockDays())) : null)
                    : RuleDecision.flag(reason);
            if (outcomes.apply(customerId, decision)) {
                return Optional.of(rule);
            }
            if (!rule.action().blocks()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** What the booking's outcome is, and what each rule counts, from one scan of the customer's bookings. */
    private record Counts(boolean noShow, boolean late, long[] perRule) {

        long of(int rule) {
            return perRule[rule];
        }
    }

    private Counts counts(long providerId, long customerId, long bookingId, List<NoShowRule> rules, Instant now) {
        StringBuilder sql = new StringBuilder("SELECT COALESCE(MAX(id = :booking AND status = 'NO_SHOW'), 0) AS no_show,"
                + " COALESCE(MAX(id = :booking AND " + BookingFigures.LATE + "), 0) AS late");
        Map<String, Object> params = new LinkedHashMap<>();
        int longest = 0;
        for (int i = 0; i < rules.size(); i++) {
            NoShowRule rule = rules.get(i);
            String counted = switch (rule.counts()) {
                case NO_SHOWS -> "status = 'NO_SHOW'";
                case LATE_CANCELLATIONS -> BookingFigures.LATE;
                case EITHER -> "(status = 'NO_SHOW' OR " + BookingFigures.LATE + ")";
            };
            sql.append(", COALESCE(SUM(starts_at > :since").append(i).append(" AND ").append(counted)
                    .append("), 0) AS rule").append(i);
            params.put("since" + i, Sql.param(now.minus(Duration.ofDays(rule.withinDays()))));
            longest = Math.max(longest, rule.withinDays());
        }
        // the booking itself may have started before every window: it is read by its id as well
        sql.append(" FROM booking FORCE INDEX (ix_booking_customer) WHERE provider_id = :provider"
                + " AND customer_id = :customer AND (starts_at > :sinceLongest OR id = :booking)");
        return jdbc.sql(sql.toString()).params(params).param("provider", providerId).param("customer", customerId)
                .param("booking", bookingId).param("sinceLongest", Sql.param(now.minus(Duration.ofDays(longest))))
                .query((rs, row) -> {
                    long[] perRule = new long[rules.size()];
                    for (int i = 0; i < perRule.length; i++) {
                        perRule[i] = rs.getLong("rule" + i);
                    }
                    return new Counts(rs.getBoolean("no_show"), rs.getBoolean("late"), perRule);
                })
                .single();
    }

    /** A block until lifted first, then longer blocks, then flags; the older rule first among equals. */
    private static final Comparator<NoShowRule> STRONGEST_FIRST = Comparator
            .comparing((NoShowRule rule) -> rule.action().ordinal()).reversed()
            .thenComparing(Comparator.comparingInt(NoShowRule::blockDays).reversed())
            .thenComparingLong(NoShowRule::id);

    private List<NoShowRule> rules(long providerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM no_show_rule WHERE provider_id = :provider ORDER BY id")
                .param("provider", providerId).query(NoShowRules::rule).list();
    }

    private static void checkRange(Map<String, Text> errors, String field, Integer value, int max) {
        if (value == null) {
            errors.put(field, Text.of("rules.error.required"));
        } else if (value < 1 || value > max) {
            errors.put(field, Text.of("rules.error.range", 1, max));
        }
    }

    private static NoShowRule rule(ResultSet rs, int row) throws SQLException {
        return new NoShowRule(rs.getLong("id"), RuleCounts.valueOf(rs.getString("counts")), rs.getInt("threshold"),
                rs.getInt("within_days"), RuleAction.valueOf(rs.getString("action")), rs.getInt("block_days"),
                Sql.instant(rs, "created_at"), rs.getString("created_by"));
    }
}

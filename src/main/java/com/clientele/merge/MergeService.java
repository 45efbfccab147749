package com.clientele.merge;

import com.clientele.activity.ActivityLog;
import com.clientele.activity.ActivitySubject;
import com.clientele.activity.ActivitySummary;
import com.clientele.activity.ActivityType;
import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.base.ConflictException;
import com.clientele.base.CustomerRows;
import com.clientele.base.InvalidInputException;
import com.clientele.base.Language;
import com.clientele.base.Messages;
import com.clientele.base.NotFoundException;
import com.clientele.base.Sql;
import com.clientele.base.Text;
import com.clientele.booking.BookingFigures;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.CustomerMerging;
import com.clientele.customer.CustomerService;
import com.clientele.customer.MergedFields;
import com.clientele.provider.AccountPreferences;
import com.clientele.provider.ProviderDirectory;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Merges two customers of the current business into one and undoes merges (SPEC 12), for owners
 * and managers. A merge keeps the survivor's relation: its name, e-mail and phone as chosen, the
 * notes of both joined under a dated heading, favourite and block combined (both block reasons kept),
 * and every booking, review, message and timeline entry of the other ({@link CustomerRows}); the
 * figures are recomputed and the other relation is retired. Everything is one transaction, with both
 * relation rows locked, so two merges of one pair take turns and the second is refused.
 *
 * <p>An undo, within {@code app.merges.undo-days} (30), brings the other customer back as they were
 * (the whole row, from the merge's snapshot), moves exactly the rows the merge moved back, gives the
 * survivor back each merged field nobody changed since, and recomputes both customers' figures.
 * What was added to the survivor after the merge stays with it. Other businesses' relations with the
 * same people are never touched: every statement is scoped to the current business.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class MergeService {

    private static final TypeReference<Map<String, @Nullable String>> ROW = new TypeReference<>() {
    };
    private static final String RECORD_COLUMNS = "id, survivor_id, survivor_name, merged_id, merged_name, merged_at,"
            + " merged_by, undo_until, undone_at, undone_by";

    private final CustomerService customers;
    private final CustomerMerging merging;
    private final List<CustomerRows> rows;
    private final BookingFigures figures;
    private final DuplicateFinder finder;
    private final ActivityLog activityLog;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ProviderDirectory providers;
    private final Messages messages;
    private final AccountPreferences preferences;
    private final JdbcClient jdbc;
    private final JdbcTemplate batchJdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration undoWindow;

    MergeService(CustomerService customers, CustomerMerging merging, List<CustomerRows> rows, BookingFigures figures,
            DuplicateFinder finder, ActivityLog activityLog, AuditLog audit, CurrentUser currentUser,
            ProviderDirectory providers, Messages messages, AccountPreferences preferences, JdbcClient jdbc,
            JdbcTemplate batchJdbc, TransactionTemplate transactions, JsonMapper json, Clock clock,
            MergeSettings settings) {
        this.customers = customers;
        this.merging = merging;
        this.rows = rows;
        this.figures = figures;
        this.finder = finder;
        this.activityLog = activityLog;
        this.audit = audit;
        this.currentUser = currentUser;
        this.providers = providers;
        this.messages = messages;
        this.preferences = preferences;
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.undoWindow = settings.undoWindow();
    }

    /** How long a merge can be undone. */
    public Duration undoWindow() {
        currentUser.require(Capability.EXPORT_AND_IMPORT);
        return undoWindow;
    }

    /** Both customers side by side and what merging {@code otherId} into {@code survivorId} would leave. */
    public MergePreview preview(long survivorId, long otherId, MergeChoices choices) {
        currentUser.require(Capability.EXPORT_AND_IMPORT);
        requireTwo(survivorId, otherId);
        CustomerDetails survivor = customers.details(survivorId);
        CustomerDetails other = customers.details(otherId);
        return new MergePreview(survivor, other, choices, combine(survivor, other, choices));
    }

    /**
     * Merges {@code otherId} into {@code survivorId}.
     *
     * @return the survivor as it is now
     * @throws ConflictException when either was merged away meanwhile (a second tab, say)
     */
    public CustomerDetails merge(long survivorId, long otherId, MergeChoices choices) {
        currentUser.require(Capability.EXPORT_AND_IMPORT);
        requireTwo(survivorId, otherId);
        return Objects.requireNonNull(transactions.execute(status -> {
            long provider = currentUser.providerId();
            Map<Long, Long> customerIds = merging.lockPair(survivorId, otherId);
            long survivorCustomer = customerIds.get(survivorId);
            long otherCustomer = customerIds.get(otherId);
            CustomerDetails survivor = customers.details(survivorId);
            CustomerDetails other = customers.details(otherId);
            MergedFields fields = combine(survivor, other, choices);
            Map<String, @Nullable String> survivorBefore = merging.snapshot(survivorId);
            Map<String, @Nullable String> otherBefore = merging.snapshot(otherId);
            Map<String, List<Long>> moved = new LinkedHashMap<>();
            for (CustomerRows kind : rows) {
                moved.put(kind.kind(), kind.move(provider, otherCustomer, survivorCustomer));
            }
            merging.merge(survivorId, otherId, fields);
            figures.refresh(List.of(survivorCustomer));
            Map<String, @Nullable String> survivorAfter = merging.snapshot(survivorId);
            Instant now = clock.instant();
            long mergeId = insertMerge(provider, survivor, other, survivorBefore, survivorAfter, otherBefore, now);
            insertMoved(mergeId, moved);
            finder.forget(provider, otherId);
            finder.check(provider, List.of(survivorId));
            activityLog.record(ActivitySubject.customer(survivorCustomer, survivorId), ActivityType.MERGED,
                    ActivitySummary.of("activity.merge.merged", ActivitySummary.text(other.name())));
            audit.record(AuditAction.CUSTOMERS_MERGED, "customer " + survivorId,
                    "business " + provider + ": customer " + otherId + " merged into " + survivorId + " (merge "
                            + mergeId + ", " + moved.values().stream().mapToInt(List::size).sum() + " rows moved)");
            return customers.details(survivorId);
        }));
    }

    /**
     * Undoes a merge of the current business.
     *
     * @throws ConflictException when it was undone already, its window has passed, or the survivor
     *     has been merged into another customer since (undo that merge first)
     */
    public MergeRecord undo(long mergeId) {
        currentUser.require(Capability.EXPORT_AND_IMPORT);
        return Objects.requireNonNull(transactions.execute(status -> {
            long provider = currentUser.providerId();
            MergeRecord record = jdbc.sql("SELECT " + RECORD_COLUMNS
                            + " FROM customer_merge WHERE id = :id AND provider_id = :provider FOR UPDATE")
                    .param("id", mergeId).param("provider", provider).query(MergeService::record).optional()
                    .orElseThrow(() -> new NotFoundException("merge.error.not-found"));
            Snapshots snapshots = jdbc.sql("SELECT survivor_before, survivor_after, merged_before FROM customer_merge"
                            + " WHERE id = :id")
                    .param("id", mergeId)
                    .query((rs, row) -> new Snapshots(json.readValue(rs.getString("survivor_before"), ROW),
                            json.readValue(rs.getString("survivor_after"), ROW),
                            json.readValue(rs.getString("merged_before"), ROW)))
                    .single();
            Instant now = clock.instant();
            if (record.undoneAt() != null) {
                throw new ConflictException("merge.error.undone-already");
            }
            if (!now.isBefore(record.undoUntil())) {
                throw new ConflictException(Text.of("merge.error.window-passed", undoWindow.toDays()));
            }
            if (merging.mergedInto(record.survivorId()).isPresent()) {
                throw new ConflictException(Text.of("merge.error.survivor-merged", record.survivorName()));
            }
            merging.lockPair(record.survivorId(), record.survivorId());
            long survivorCustomer = Long.parseLong(Objects.requireNonNull(snapshots.survivorBefore().get("customer_id")));
            long otherCustomer = Long.parseLong(Objects.requireNonNull(snapshots.otherBefore().get("customer_id")));
            merging.unmerge(snapshots.otherBefore(), record.survivorId(), snapshots.survivorBefore(),
                    snapshots.survivorAfter());
            Map<String, List<Long>> moved = moved(mergeId);
            for (CustomerRows kind : rows) {
                kind.moveBack(provider, moved.getOrDefault(kind.kind(), List.of()), survivorCustomer, otherCustomer);
            }
            figures.refresh(List.of(survivorCustomer, otherCustomer));
            jdbc.sql("UPDATE customer_merge SET undone_at = :now, undone_by = :by WHERE id = :id")
                    .param("now", Sql.param(now)).param("by", currentUser.actorEmail()).param("id", mergeId).update();
            finder.check(provider, List.of(record.survivorId(), record.mergedId()));
            activityLog.record(ActivitySubject.customer(survivorCustomer, record.survivorId()), ActivityType.UNMERGED,
                    ActivitySummary.of("activity.merge.undone.survivor", ActivitySummary.text(record.mergedName())));
            activityLog.record(ActivitySubject.customer(otherCustomer, record.mergedId()), ActivityType.UNMERGED,
                    ActivitySummary.of("activity.merge.undone.restored", ActivitySummary.text(record.survivorName())));
            audit.record(AuditAction.MERGE_UNDONE, "customer " + record.survivorId(), "business " + provider
                    + ": merge " + mergeId + " undone, customer " + record.mergedId() + " restored");
            return jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM customer_merge WHERE id = :id")
                    .param("id", mergeId).query(MergeService::record).single();
        }));
    }

    /** The business's merges, newest first. */
    public List<MergeRecord> history(int offset, int limit) {
        currentUser.require(Capability.EXPORT_AND_IMPORT);
        if (offset < 0 || limit < 1 || limit > Duplicates.MAX_PAGE) {
            throw new InvalidInputException("limit", "duplicates.error.page", Duplicates.MAX_PAGE);
        }
        return jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM customer_merge WHERE provider_id = :provider"
                        + " ORDER BY merged_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("provider", currentUser.providerId()).param("limit", limit).param("offset", offset)
                .query(MergeService::record).list();
    }

    /** How many merges the business made. */
    public int historyCount() {
        currentUser.require(Capability.EXPORT_AND_IMPORT);
        return jdbc.sql("SELECT COUNT(*) FROM customer_merge WHERE provider_id = :provider")
                .param("provider", currentUser.providerId()).query(Integer.class).single();
    }

    private static void requireTwo(long survivorId, long otherId) {
        if (survivorId == otherId) {
            throw new InvalidInputException("other_id", "merge.error.same");
        }
    }

    /** SPEC 12's rules for what the survivor keeps. */
    private MergedFields combine(CustomerDetails survivor, CustomerDetails other, MergeChoices choices) {
        String name = pick(choices.name(), survivor.name(), other.name());
        String email = pickPresent(choices.email(), survivor.email(), other.email());
        String phone = pickPresent(choices.phone(), survivor.phone(), other.phone());
        String notes = joinNotes(survivor, other);
        if (notes != null && notes.length() > CustomerService.NOTES_MAX) {
            throw new InvalidInputException("notes", "merge.error.notes-too-long", CustomerService.NOTES_MAX,
                    notes.length());
        }
        boolean blocked = survivor.blocked() || other.blocked();
        String reason = null;
        Instant blockedAt = null;
        Instant blockedUntil = null;
        if (blocked) {
            reason = join(survivor.blocked() ? survivor.blockedReason() : null,
                    other.blocked() ? other.blockedReason() : null, " · ");
            if (reason != null && reason.length() > CustomerService.BLOCK_REASON_MAX) {
                throw new InvalidInputException("blocked_reason", "merge.error.reasons-too-long",
                        CustomerService.BLOCK_REASON_MAX);
            }
            blockedAt = earlier(survivor.blocked() ? survivor.blockedAt() : null, other.blocked() ? other.blockedAt() : null);
            // a block until lifted outlasts any end; else the later end
            boolean untilLifted = (survivor.blocked() && survivor.blockedUntil() == null)
                    || (other.blocked() && other.blockedUntil() == null);
            blockedUntil = untilLifted ? null : later(survivor.blockedUntil(), other.blockedUntil());
        }
        String flagged = survivor.rules().flaggedReason() != null ? survivor.rules().flaggedReason()
                : other.rules().flaggedReason();
        Instant flaggedAt = survivor.rules().flaggedReason() != null ? survivor.rules().flaggedAt()
                : other.rules().flaggedAt();
        String exemption = survivor.rules().exemption() != null ? survivor.rules().exemption() : other.rules().exemption();
        Instant createdAt = Objects.requireNonNull(earlier(survivor.createdAt(), other.createdAt()));
        return new MergedFields(name, email, phone, survivor.favorite() || other.favorite(), blocked, reason, blockedAt,
                blockedUntil, notes, flagged, flaggedAt, exemption, createdAt);
    }

    private @Nullable String joinNotes(CustomerDetails survivor, CustomerDetails other) {
        if (other.notes() == null || other.notes().isBlank()) {
            return survivor.notes();
        }
        LocalDate today = LocalDate.now(clock.withZone(providers.profile(currentUser.providerId()).timeZone()));
        Language language = preferences.ownLanguage().orElse(Language.ENGLISH);
        String heading = messages.render(Text.of("merge.notes.heading", other.name(), today.toString()), language);
        String merged = "— " + heading + " —\n" + other.notes();
        return survivor.notes() == null || survivor.notes().isBlank() ? merged : survivor.notes() + "\n\n" + merged;
    }

    private static String pick(MergeChoices.Pick pick, String survivor, String other) {
        return pick == MergeChoices.Pick.OTHER ? other : survivor;
    }

    /** The picked value; the other one when the picked customer has none. */
    private static @Nullable String pickPresent(MergeChoices.Pick pick, @Nullable String survivor, @Nullable String other) {
        String first = pick == MergeChoices.Pick.OTHER ? other : survivor;
        String second = pick == MergeChoices.Pick.OTHER ? survivor : other;
        return first != null ? first : second;
    }

    private static @Nullable String join(@Nullable String a, @Nullable String b, String separator) {
        if (a == null || a.isBlank()) {
            return b;
        }
        if (b == null || b.isBlank() || b.equals(a)) {
            return a;
        }
        return a + separator + b;
    }

    private static @Nullable Instant earlier(@Nullable Instant a, @Nullable Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private long insertMerge(long provider, CustomerDetails survivor, CustomerDetails other,
            Map<String, @Nullable String> survivorBefore, Map<String, @Nullable String> survivorAfter,
            Map<String, @Nullable String> otherBefore, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO customer_merge (provider_id, survivor_id, merged_id, survivor_name, merged_name,
                    survivor_before, survivor_after, merged_before, merged_at, merged_by, undo_until)
                VALUES (:provider, :survivor, :merged, :survivorName, :mergedName, :survivorBefore, :survivorAfter,
                    :mergedBefore, :now, :by, :until)""")
                .param("provider", provider).param("survivor", survivor.relationId()).param("merged", other.relationId())
                .param("survivorName", survivor.name()).param("mergedName", other.name())
                .param("survivorBefore", json.writeValueAsString(survivorBefore))
                .param("survivorAfter", json.writeValueAsString(survivorAfter))
                .param("mergedBefore", json.writeValueAsString(otherBefore))
                .param("now", Sql.param(now)).param("by", currentUser.actorEmail())
                .param("until", Sql.param(now.plus(undoWindow)))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    private void insertMoved(long mergeId, Map<String, List<Long>> moved) {
        List<Object[]> rowsMoved = new ArrayList<>();
        moved.forEach((kind, ids) -> ids.forEach(id -> rowsMoved.add(new Object[] {mergeId, kind, id})));
        if (!rowsMoved.isEmpty()) {
            batchJdbc.batchUpdate("INSERT INTO customer_merge_row (merge_id, kind, row_id) VALUES (?, ?, ?)", rowsMoved);
        }
    }

    private Map<String, List<Long>> moved(long mergeId) {
        Map<String, List<Long>> moved = new LinkedHashMap<>();
        jdbc.sql("SELECT kind, row_id FROM customer_merge_row WHERE merge_id = :id ORDER BY kind, row_id")
                .param("id", mergeId)
                .query((rs, row) -> moved.computeIfAbsent(rs.getString("kind"), ignored -> new ArrayList<>())
                        .add(rs.getLong("row_id")))
                .list();
        return moved;
    }

    private static MergeRecord record(ResultSet rs, int row) throws SQLException {
        return new MergeRecord(rs.getLong("id"), rs.getLong("survivor_id"), rs.getString("survivor_name"),
                rs.getLong("merged_id"), rs.getString("merged_name"), Objects.requireNonNull(Sql.instant(rs, "merged_at")),
                rs.getString("merged_by"), Objects.requireNonNull(Sql.instant(rs, "undo_until")),
                Sql.instant(rs, "undone_at"), rs.getString("undone_by"));
    }

    private record Snapshots(Map<String, @Nullable String> survivorBefore, Map<String, @Nullable String> survivorAfter,
            Map<String, @Nullable String> otherBefore) {
    }
}

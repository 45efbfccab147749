package com.clientele.booking;

import static com.clientele.activity.ActivitySummary.count;
import static com.clientele.activity.ActivitySummary.dateTime;
import static com.clientele.activity.ActivitySummary.dates;
import static com.clientele.activity.ActivitySummary.part;
import static com.clientele.activity.ActivitySummary.text;

import com.clientele.activity.ActivityLog;
import com.clientele.activity.ActivitySubject;
import com.clientele.activity.ActivitySummary;
import com.clientele.activity.ActivityType;
import com.clientele.base.Chunks;
import com.clientele.base.ConflictException;
import com.clientele.base.Emails;
import com.clientele.base.Formats;
import com.clientele.base.InputValidator;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.Phones;
import com.clientele.base.Sql;
import com.clientele.base.Text;
import com.clientele.customer.CustomerBlockedException;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.CustomerDirectory;
import com.clientele.customer.LockedRelation;
import com.clientele.provider.ProviderDirectory;
import com.clientele.provider.TeamDirectory;
import com.clientele.provider.TeamMember;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.provider.TeamRole.Scope;
import com.clientele.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one write path for bookings and reviews. Every write locks the customer's relation row,
 * changes the booking or review, recomputes the relation's figures and records the activity, all
 * in one transaction: the figures are exact when it commits, and concurrent writers queue. A no-show
 * or late cancellation recorded has the business's no-show rules evaluated in that transaction too
 * ({@link NoShowRules}).
 *
 * <p>Who may (SPEC §10, {@link Capability#BOOKINGS}): owners, managers and front desk for every
 * customer of the business; a staff member for their own customers only (those with a booking
 * assigned to them), and what they book is assigned to them. Another's customer's booking answers a
 * staff member as another business's would: not found.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class BookingService {

    private static final Logger log = LoggerFactory.getLogger(BookingService.class);

    public static final int REVIEW_COMMENT_MAX = 2000;
    private static final int LOCK_COST = 5;

    private final BookingRepository bookings;
    private final ReviewRepository reviews;
    private final CustomerDirectory customers;
    private final BookingFigures figures;
    private final ProviderDirectory providers;
    private final TeamDirectory team;
    private final ActivityLog activityLog;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final Clock clock;
    private final BookingMeters meters;
    private final NoShowRules rules;

    BookingService(BookingRepository bookings, ReviewRepository reviews, CustomerDirectory customers,
            BookingFigures figures, ProviderDirectory providers, TeamDirectory team, ActivityLog activityLog,
            CurrentUser currentUser, InputValidator validator, JdbcTemplate jdbc, Clock clock, BookingMeters meters,
            NoShowRules rules) {
        this.rules = rules;
        this.bookings = bookings;
        this.reviews = reviews;
        this.customers = customers;
        this.figures = figures;
        this.providers = providers;
        this.team = team;
        this.activityLog = activityLog;
        this.currentUser = currentUser;
        this.validator = validator;
        this.jdbc = jdbc;
        this.namedJdbc = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Books the customer. Refused with {@link com.clientele.customer.CustomerBlockedException} when
     * the provider blocked them. A staff member books their own customers, or a new one, for
     * themselves.
     *
     * @return the new booking with its customer
     */
    @Transactional
    public BookingRef create(NewBooking request) {
        Optional<Long> own = currentUser.ownCustomersOf(Capability.BOOKINGS);
        checkAll(request, own);
        long providerId = currentUser.providerId();
        if (request.customerId() != null && own.isPresent() && !isOwnCustomer(own.get(), request.customerId())) {
            throw new NotFoundException("customer.error.not-found");
        }
        LockedRelation relation = request.customerId() != null
                ? customers.lock(request.customerId())
                : customers.lockOrCreate(request.newCustomer());
        if (request.customerId() == null && own.isPresent() && !relation.created()
                && !isOwnCustomer(own.get(), relation.customerId())) {
            // one of the business's customers who is not theirs, recognised by the contact typed
            CustomerContact contact = request.newCustomer();
            throw new InvalidInputException(isBlank(contact.email()) ? "phone" : "email",
                    "booking.error.customer.not-own");
        }
        relation.ensureBookable();
        Long staffMemberId = own.orElse(request.staffMemberId());
        Booking booking = bookings.save(new Booking(providerId, relation.customerId(), request.serviceName().strip(),
                request.startsAt(), request.durationMinutes(), request.price(), request.status(), staffMemberId,
                clock.instant()));
        figures.refresh(List.of(relation.customerId()));
        activityLog.record(ActivitySubject.booking(relation.customerId(), relation.relationId(), booking.getId()),
                ActivityType.BOOKING_CREATED, describe(booking, request.status()));
        meters.written(BookingMeters.Kind.CREATED, 1);
        return new BookingRef(booking.getId(), relation.customerId(), relation.relationId(), relation.created());
    }

    @Transactional
    public void changeStatus(long bookingId, BookingStatus next) {
        if (next == null) {
            throw new InvalidInputException("status", "booking.error.status.required");
        }
        LockedRelation relation = lockRelationOf(bookingId); // the relation row first, see lockRelationOf
        Booking booking = lockedBooking(bookingId);
        if (booking.getStatus() == next) {
            return;
        }
        if (!booking.getStatus().next().contains(next)) {
            throw new ConflictException("booking.error.status.change-refused", statusName(booking.getStatus()),
                    statusName(next));
        }
        checkOutcome(next, booking.getStartsAt(), clock.instant());
        booking.changeStatus(next, clock.instant());
        bookings.flush();
        figures.refresh(List.of(booking.getCustomerId()));
        activityLog.record(ActivitySubject.booking(booking.getCustomerId(), relation.relationId(), bookingId), next.activity(),
                describe(booking));
        if (next == BookingStatus.NO_SHOW || next == BookingStatus.CANCELLED) {
            rules.evaluate(bookingId, booking.getCustomerId());
        }
        meters.written(BookingMeters.Kind.STATUS_CHANGED, 1);
    }

    /**
     * Names the member who serves a booking, or nobody ({@code null}): owners, managers and front
     * desk only. The customer's figures do not depend on it, so only the booking is locked. A change
     * is an event on the customer's timeline ("Booking of 7 May 2026, 10:00 now served by Mia
     * Stylist"); naming the member the booking names already changes nothing.
     *
     * @throws InvalidInputException when the member is not in the team
     */
    @Transactional
    public void assign(long bookingId, @Nullable Long staffMemberId) {
        if (currentUser.require(Capability.BOOKINGS) != Scope.ALL) {
            throw new AccessDeniedException("A staff member's bookings are their own");
        }
        Optional<TeamMember> member = staffMemberId == null ? Optional.empty()
                : team.find(currentUser.providerId(), staffMemberId).filter(TeamMember::active);
        if (staffMemberId != null && member.isEmpty()) {
            throw new InvalidInputException("staffMemberId", "booking.error.staff.not-in-team");
        }
        Booking booking = lockedBooking(bookingId);
        if (Objects.equals(booking.getStaffMemberId(), staffMemberId)) {
            return;
        }
        booking.assign(staffMemberId, clock.instant());
        activityLog.record(booking.getCustomerId(), ActivityType.BOOKING_STAFF_CHANGED, member
                .map(served -> ActivitySummary.of("activity.booking.staff", dateTime(booking.getStartsAt()),
                        text(served.name())))
                .orElseGet(() -> ActivitySummary.of("activity.booking.staff.nobody", dateTime(booking.getStartsAt()))));
        meters.written(BookingMeters.Kind.ASSIGNED, 1);
    }

    @Transactional
    public void recordReview(long bookingId, int rating, String comment) {
        if (rating < 1 || rating > 5) {
            throw new InvalidInputException("rating", "booking.error.review.rating.required");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > REVIEW_COMMENT_MAX) {
            throw new InvalidInputException("comment", "error.text.too-long", REVIEW_COMMENT_MAX);
        }
        InputValidator.requireStorable("comment", text);
        LockedRelation relation = lockRelationOf(bookingId); // the relation row first, see lockRelationOf
        Booking booking = lockedBooking(bookingId);
        if (booking.getStatus() != BookingStatus.COMPLETED) {
            throw new ConflictException("booking.error.review.not-completed");
        }
        if (reviews.existsByBookingId(bookingId)) {
            throw new ConflictException("booking.error.review.exists");
        }
        try {
            reviews.saveAndFlush(new Review(booking, rating, text, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("booking.error.review.exists");
        }
        figures.refresh(List.of(booking.getCustomerId()));
        activityLog.record(ActivitySubject.booking(booking.getCustomerId(), relation.relationId(), bookingId),
                ActivityType.REVIEW_POSTED, text == null
                ? ActivitySummary.of("activity.review", count(rating), text(booking.getServiceName()))
                : ActivitySummary.of("activity.review.comment", count(rating), text(booking.getServiceName()),
                        text(text)));
    }

    /**
     * The rows of a file of bookings that {@link #importBookings} would refuse before writing: bad
     * values, and rows with neither e-mail nor phone (their customer could not be recognised when
     * the file is imported again). Blocked customers are only found while importing.
     */
    @Transactional(readOnly = true)
    public List<RejectedRow> checkImport(List<BookingImportRow> rows) {
        currentUser.require(Capability.EXPORT_AND_IMPORT);
        String region = providers.profile(currentUser.providerId()).country();
        StaffColumn staff = StaffColumn.of(team.members(currentUser.providerId()));
        List<RejectedRow> rejected = new ArrayList<>();
        for (BookingImportRow row : rows) {
            Text problem = importProblem(row, region, staff);
            if (problem != null) {
                rejected.add(new RejectedRow(row.line(), problem));
            }
        }
        return rejected;
    }

    /**
     * Imports bookings in one transaction, with the steps of {@link #create} done once per customer
     * instead of once per row, and in batches: each customer's relation is locked (or created) once
     * ({@link CustomerDirectory#lockOrCreateAll}), bookings are inserted in batches, the figures of
     * every customer touched are recomputed together. The recent activity gets one line for the
     * import ("bookings.csv: 120 bookings for 45 customers, 12 of them new"), and each customer
     * touched one event in their own timeline with their count and dates
     * ({@link ActivityLog#recordImport}).
     *
     * <p>A row imported before (same reference, else same customer, start and service) is not
     * created again; when its status moved on since (confirmed → completed, say) the booking
     * follows, otherwise the app's status stays. Rows for blocked customers are refused. With
     * {@code allOrNothing} any refused row means nothing is written ({@link ImportRejectedException});
     * otherwise refused rows are skipped and reported. A row's staff column names a member of the
     * team by name or e-mail; a booking imported before takes the member the file names.
     */
    @Transactional
    public BookingImportResult importBookings(String source, List<BookingImportRow> rows, boolean allOrNothing,
            ImportProgress progress) {
        currentUser.require(Capability.EXPORT_AND_IMPORT);
        long providerId = currentUser.providerId();
        String region = providers.profile(providerId).country();
        StaffColumn staff = StaffColumn.of(team.members(providerId));
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, List<BookingImportRow>> byContact = new LinkedHashMap<>();
        for (BookingImportRow row : rows) {
            Text problem = importProblem(row, region, staff);
            if (problem != null) {
                rejected.add(new RejectedRow(row.line(), problem));
            } else {
                byContact.computeIfAbsent(contactKey(row.customer(), region), key -> new ArrayList<>()).add(row);
            }
        }
        refuseIfAny(allOrNothing, rejected);
        // progress in units of work, so that it moves evenly: locking (or creating) a customer costs
        // about as much as five batched booking inserts, and so does recomputing their figures
        long total = 2L * LOCK_COST * byContact.size() + rows.size();
        long done = 0;
        long began = System.nanoTime();

        // 1. each customer's relation, locked (or created) once, in file order, a thousand at a time
        Map<Long, ImportedCustomer> imported = new LinkedHashMap<>();
        List<List<BookingImportRow>> groups = new ArrayList<>(byContact.values());
        for (List<List<BookingImportRow>> chunk : Chunks.of(groups)) {
            List<LockedRelation> relations = customers.lockOrCreateAll(chunk.stream()
                    .map(group -> group.getFirst().customer()).toList());
            for (int i = 0; i < chunk.size(); i++) {
                LockedRelation relation = relations.get(i);
                List<BookingImportRow> group = chunk.get(i);
                if (relation.blocked()) {
                    Text reason = CustomerBlockedException.describe(relation.name(), relation.blockedReason());
                    group.forEach(row -> rejected.add(new RejectedRow(row.line(), reason)));
                } else {
                    imported.computeIfAbsent(relation.customerId(), id -> new ImportedCustomer(relation)).rows
                            .addAll(group);
                }
            }
            done += (long) LOCK_COST * chunk.size();
            progress.update(done, total);
        }
        refuseIfAny(allOrNothing, rejected);
        long locked = System.nanoTime();

        // 2. new bookings inserted in batches; known ones move on where their status did
        Map<String, Keyed> byKey = new LinkedHashMap<>();
        int unchanged = 0;
        for (ImportedCustomer customer : imported.values()) {
            for (BookingImportRow row : customer.rows) {
                if (byKey.putIfAbsent(importKey(row, customer.relation.customerId()), new Keyed(row, customer)) != null) {
                    unchanged++; // the same booking again further down the file
                }
            }
        }
        Map<String, KnownBooking> known = knownBookings(providerId, byKey.keySet());
        Instant now = clock.instant();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Map.Entry<String, Keyed> entry : byKey.entrySet()) {
            BookingImportRow row = entry.getValue().row();
            ImportedCustomer customer = entry.getValue().customer();
            KnownBooking before = known.get(entry.getKey());
            Long staffMemberId = staff.memberId(row.staff());
            if (before == null) {
                inserts.add(new Object[] {providerId, customer.relation.customerId(), row.serviceName().strip(),
                        Sql.param(row.startsAt()), row.durationMinutes(), row.price(), row.status().name(),
                        staffMemberId, Sql.param(now), Sql.param(now), entry.getKey()});
                customer.created++;
                customer.saw(row.startsAt());
            } else if (before.movesOn(row.status()) || before.reassignedTo(staffMemberId)) {
                updates.add(new Object[] {before.movesOn(row.status()) ? row.status().name() : before.status().name(),
                        staffMemberId != null ? staffMemberId : before.staffMemberId(), Sql.param(now), before.id(),
                        providerId});
                customer.updated++;
                customer.saw(row.startsAt());
            } else {
                unchanged++;
            }
        }
        for (List<Object[]> chunk : Chunks.of(inserts)) {
            jdbc.batchUpdate(INSERT_IMPORTED, chunk);
            done += chunk.size();
            progress.update(done, total);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE booking SET status = ?, staff_member_id = ?, updated_at = ?,"
                    + " version = version + 1 WHERE id = ? AND provider_id = ?", updates);
        }
        long written = System.nanoTime();

        // 3. figures and the timeline of every customer touched
        List<ImportedCustomer> touched = imported.values().stream()
                .filter(customer -> customer.created + customer.updated > 0).toList();
        figures.refresh(touched.stream().map(customer -> customer.relation.customerId()).toList());
        Map<Long, ActivitySummary> summaries = new LinkedHashMap<>();
        touched.forEach(customer -> summaries.put(customer.relation.customerId(), customer.summary(source)));
        int created = touched.stream().mapToInt(customer -> customer.created).sum();
        int updated = touched.stream().mapToInt(customer -> customer.updated).sum();
        int newCustomers = (int) touched.stream().filter(customer -> customer.relation.created()).count();
        activityLog.recordImport(ImportedCustomer.fileSummary(source, created, updated, unchanged, touched.size(),
                newCustomers), ActivityType.CUSTOMER_IMPORTED, summaries);
        progress.update(total, total);
        meters.written(BookingMeters.Kind.IMPORTED, created + updated);

        rejected.sort(Comparator.comparingInt(RejectedRow::line));
        log.info("Imported {} bookings ({} updated) for {} customers: customers {} ms, bookings {} ms,"
                + " figures and timeline {} ms", created, updated, touched.size(), (locked - began) / 1_000_000,
                (written - locked) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
        return new BookingImportResult(created, updated, unchanged, newCustomers, List.copyOf(rejected));
    }

    private Text importProblem(BookingImportRow row, String region, StaffColumn staff) {
        if (row.customer() == null) {
            return Text.of("imports.row.name.missing");
        }
        try {
            validator.check(row.asNewBooking());
            CustomerDirectory.checkContact(row.customer(), region);
        } catch (InvalidInputException e) {
            return ImportProblems.of(e, row.customer());
        }
        if (isBlank(row.customer().email()) && isBlank(row.customer().phone())) {
            return Text.of("imports.row.email-or-phone");
        }
        if (row.reference() != null && row.reference().strip().length() > REFERENCE_MAX) {
            return Text.of("imports.row.reference.too-long", REFERENCE_MAX);
        }
        try {
            checkOutcome(row.status(), row.startsAt(), clock.instant());
        } catch (InvalidInputException e) {
            return Text.of("imports.row.field.refused", Text.of("imports.field.status"), e.errors().get("status"));
        }
        return staff.problem(row.staff());
    }

    /**
     * Every refusal of a new booking's input at once (fields, customer, contact, status at its
     * time), so a form shows all its errors together instead of one round after another.
     *
     * @throws InvalidInputException naming every field refused
     */
    private void checkAll(NewBooking request, Optional<Long> own) {
        Map<String, Text> errors = new LinkedHashMap<>();
        Long staffMemberId = request.staffMemberId();
        if (staffMemberId != null && own.isPresent() && !own.get().equals(staffMemberId)) {
            errors.put("staffMemberId", Text.of("booking.error.staff.own-only"));
        } else if (staffMemberId != null && own.isEmpty() && !inTeam(staffMemberId)) {
            errors.put("staffMemberId", Text.of("booking.error.staff.not-in-team"));
        }
        try {
            validator.check(request);
        } catch (InvalidInputException e) {
            errors.putAll(e.errors());
        }
        if ((request.customerId() == null) == (request.newCustomer() == null)) {
            errors.putIfAbsent("customer", Text.of("booking.error.customer.required"));
        } else if (request.newCustomer() != null) {
            CustomerDirectory.contactProblems(request.newCustomer(), providers.profile(currentUser.providerId()).country())
                    .forEach((field, message) -> {
                        if (!errors.containsKey("newCustomer." + field)) {
                            errors.putIfAbsent(field, message);
                        }
                    });
        }
        try {
            checkOutcome(request.status(), request.startsAt(), clock.instant());
        } catch (InvalidInputException e) {
            e.errors().forEach(errors::putIfAbsent);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * A booking that has not started yet cannot have happened: it cannot be completed or a no-show
     * (it can be pending, confirmed or cancelled).
     *
     * @throws InvalidInputException naming the status
     */
    static void checkOutcome(BookingStatus status, Instant startsAt, Instant now) {
        if ((status == BookingStatus.COMPLETED || status == BookingStatus.NO_SHOW) && startsAt != null
                && startsAt.isAfter(now)) {
            throw new InvalidInputException("status", "booking.error.status.not-yet", statusName(status));
        }
    }

    /** A status as a sentence names it, in the reader's language. */
    static Text statusName(BookingStatus status) {
        return Text.of("booking.status." + status.name());
    }

    private static final int REFERENCE_MAX = 100;
    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static void refuseIfAny(boolean allOrNothing, List<RejectedRow> rejected) {
        if (allOrNothing && !rejected.isEmpty()) {
            rejected.sort(Comparator.comparingInt(RejectedRow::line));
            throw new ImportRejectedException(rejected);
        }
    }

    /** How {@link CustomerDirectory#lockOrCreate} recognises a customer: e-mail, else phone. */
    private static String contactKey(CustomerContact contact, String region) {
        String email = Emails.normalise(contact.email());
        return email != null ? "e:" + email : "p:" + Phones.normalise(contact.phone(), region).orElseThrow();
    }

    /** The file's own reference when it has one, else customer, start and service. */
    static String importKey(BookingImportRow row, long customerId) {
        String source = isBlank(row.reference())
                ? "row|" + customerId + "|" + row.startsAt().getEpochSecond() + "|"
                        + row.serviceName().strip().toLowerCase(Locale.ROOT)
                : "ref|" + row.reference().strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private Map<String, KnownBooking> knownBookings(long providerId, Set<String> keys) {
        Map<String, KnownBooking> known = new HashMap<>();
        for (List<String> chunk : Chunks.of(keys)) {
            var params = new MapSqlParameterSource("provider", providerId).addValue("keys", chunk);
            namedJdbc.query("SELECT import_key, id, status, staff_member_id FROM booking WHERE provider_id = :provider"
                    + " AND import_key IN (:keys)", params, rs -> {
                        known.put(rs.getString("import_key"), new KnownBooking(rs.getLong("id"),
                                BookingStatus.valueOf(rs.getString("status")), rs.getObject("staff_member_id", Long.class)));
                    });
        }
        return known;
    }

    private static final String INSERT_IMPORTED = """
            INSERT INTO booking (provider_id, customer_id, service_name, starts_at, duration_minutes, price, status,
                                 staff_member_id, created_at, updated_at, import_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private record Keyed(BookingImportRow row, ImportedCustomer customer) {
    }

    private record KnownBooking(long id, BookingStatus status, @Nullable Long staffMemberId) {

        /** Whether the file's status is one this booking may still move to. */
        boolean movesOn(BookingStatus next) {
            return status != next && status.next().contains(next);
        }

        /** Whether the file names another member than the booking does (a blank staff cell keeps it). */
        boolean reassignedTo(@Nullable Long memberId) {
            return memberId != null && !memberId.equals(staffMemberId);
        }
    }

    private static final class ImportedCustomer {

        final LockedRelation relation;
        final List<BookingImportRow> rows = new ArrayList<>();
        int created;
        int updated;
        private Instant first;
        private Instant last;

        ImportedCustomer(LockedRelation relation) {
            this.relation = relation;
        }

        void saw(Instant startsAt) {
            first = first == null || startsAt.isBefore(first) ? startsAt : first;
            last = last == null || startsAt.isAfter(last) ? startsAt : last;
        }

        /** The customer's timeline: "2 bookings from bookings.csv, 5 Jan 2026 – 9 Jan 2026 (new customer)". */
        ActivitySummary summary(String source) {
            return ActivitySummary.of(relation.created() ? "activity.import.bookings.new-customer"
                    : "activity.import.bookings.customer", part(bookings(created, updated)), text(source),
                    dates(first, last));
        }

        /** The recent activity: "bookings.csv: 120 bookings for 45 customers, 12 of them new". */
        static ActivitySummary fileSummary(String source, int created, int updated, int unchanged, int customers,
                int newCustomers) {
            if (customers == 0) {
                return ActivitySummary.of("activity.import.bookings.nothing-new", text(source), count(unchanged));
            }
            if (newCustomers == 0 || newCustomers == customers) {
                return ActivitySummary.of(newCustomers == 0 ? "activity.import.bookings.file"
                        : "activity.import.bookings.file.all-new", text(source), part(bookings(created, updated)),
                        count(customers));
            }
            return ActivitySummary.of("activity.import.bookings.file.some-new", text(source),
                    part(bookings(created, updated)), count(customers), count(newCustomers));
        }

        /** "2 bookings", "2 bookings updated", "2 bookings and 1 updated". */
        private static ActivitySummary bookings(int created, int updated) {
            return created == 0 ? ActivitySummary.of("activity.import.bookings.updated", count(updated))
                    : updated == 0 ? ActivitySummary.of("activity.import.bookings.created", count(created))
                    : ActivitySummary.of("activity.import.bookings.created-updated", count(created), count(updated));
        }
    }

    /**
     * Lock order for every writer: the relation row first, then the booking. A staff member's
     * booking of a customer not their own is not found.
     */
    private LockedRelation lockRelationOf(long bookingId) {
        Optional<Long> own = currentUser.ownCustomersOf(Capability.BOOKINGS);
        long customerId = bookings.findCustomerId(bookingId, currentUser.providerId())
                .filter(customer -> own.isEmpty() || isOwnCustomer(own.get(), customer))
                .orElseThrow(() -> new NotFoundException("booking.error.not-found"));
        return customers.lock(customerId);
    }

    /** Whether the customer has a booking assigned to this member (SPEC §10's "own customers"). */
    private boolean isOwnCustomer(long memberId, long customerId) {
        Sql.Condition served = Sql.servedBy(":provider", ":customer", memberId);
        return Boolean.TRUE.equals(namedJdbc.queryForObject("SELECT " + served.sql(),
                new MapSqlParameterSource(served.params()).addValue("provider", currentUser.providerId())
                        .addValue("customer", customerId), Boolean.class));
    }

    /** Whether a booking may name this member: one of the business's team, not removed. */
    private boolean inTeam(long memberId) {
        return team.find(currentUser.providerId(), memberId).filter(TeamMember::active).isPresent();
    }

    private Booking lockedBooking(long bookingId) {
        return bookings.findLockedByIdAndProviderId(bookingId, currentUser.providerId())
                .orElseThrow(() -> new NotFoundException("booking.error.not-found"));
    }

    /**
     * What a timeline entry says about a booking: "Cut on 7 May 2026, 10:00". Its title says what
     * happened and the customer's name stands beside it, so neither is repeated here.
     */
    private static ActivitySummary describe(Booking booking) {
        return ActivitySummary.of("activity.booking", text(booking.getServiceName()), dateTime(booking.getStartsAt()));
    }

    /** A new booking: as {@link #describe(Booking)}, and its status when it is already past ("(cancelled)"). */
    private static ActivitySummary describe(Booking booking, BookingStatus status) {
        return status == BookingStatus.CONFIRMED || status == BookingStatus.PENDING ? describe(booking)
                : ActivitySummary.of("activity.booking.created." + status.name(), text(booking.getServiceName()),
                        dateTime(booking.getStartsAt()));
    }
}

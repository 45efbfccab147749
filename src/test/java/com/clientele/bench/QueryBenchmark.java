package com.clientele.bench;

import com.clientele.activity.ActivityEntry;
import com.clientele.base.CsvCells;
import com.clientele.base.Phones;
import com.clientele.base.SearchKey;
import com.clientele.base.Sql;
import com.clientele.base.db.EmbeddedMariaDb;
import com.clientele.booking.BookingFigures;
import com.clientele.booking.BookingHistory;
import com.clientele.booking.BookingHistoryEntry;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.CustomerDirectory;
import com.clientele.customer.CustomerExport;
import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerRow;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerSort;
import com.clientele.customer.CustomerStatistics;
import com.clientele.customer.CustomerStats;
import com.clientele.customer.CustomerStatus;
import com.clientele.customer.Reliability;
import com.clientele.customer.RuleStanding;
import com.clientele.customer.CustomerTimeline;
import com.clientele.booking.FigureCheck;
import com.clientele.messaging.MessageService;
import com.clientele.security.AppUser;
import com.clientele.security.RunAs;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The busy provider's queries through the real services (as that provider, with its security
 * context, transactions and mapping), each against the same result fetched with a hand-written SQL
 * statement over a plain JDBC connection. Prints medians of warm runs and the ratio product/raw.
 */
final class QueryBenchmark {

    static final double RATIO_TARGET = 1.5;
    static final int PAGE = 50;
    static final int DEEP_ROW = 40_000;
    /** How far ahead the write cases book, beyond any generated booking. */
    static final Duration WRITES_AHEAD = Duration.ofDays(400);
    /**
     * How far before the longest window of the busy provider's no-show rules (and the reliability's)
     * the bookings of the no-show case start, so that no run brings a rule nearer to acting.
     */
    static final Duration NO_SHOWS_BEFORE_WINDOWS = Duration.ofDays(30);

    private static final String ROW_COLUMNS = "pc.id, pc.customer_id, pc.name, pc.email, pc.phone, pc.status,"
            + " pc.favorite, pc.blocked, pc.blocked_reason, pc.total_bookings, pc.total_spent, pc.average_rating,"
            + " pc.last_booking_at, pc.next_booking_at, pc.attended_recent, pc.no_show_recent, pc.late_cancellation_count, pc.flagged_reason";

    private final ApplicationContext context;
    private final String busyEmail;
    private final CustomerService customers;
    private final CustomerStatistics statistics;
    private final CustomerExport export;
    private final CustomerTimeline activity;
    private final BookingHistory history;
    private final BookingService bookings;
    private final MessageService messages;
    private final Timing timing;
    private final int warmups;
    private final long warmupMillis;
    private final int runs;
    private Connection raw;
    private long providerId;
    private ZoneId zone;
    private int deepRow;

    QueryBenchmark(ApplicationContext context, String busyEmail) {
        this(context, busyEmail, 5, 1500, 21);
    }

    QueryBenchmark(ApplicationContext context, String busyEmail, int warmups, long warmupMillis, int runs) {
        this.context = context;
        this.busyEmail = busyEmail;
        this.customers = context.getBean(CustomerService.class);
        this.statistics = context.getBean(CustomerStatistics.class);
        this.export = context.getBean(CustomerExport.class);
        this.activity = context.getBean(CustomerTimeline.class);
        this.history = context.getBean(BookingHistory.class);
        this.bookings = context.getBean(BookingService.class);
        this.messages = context.getBean(MessageService.class);
        this.warmups = warmups;
        this.warmupMillis = warmupMillis;
        this.runs = runs;
        this.timing = new Timing(warmups, warmupMillis, runs);
    }

    List<Timing.Result> results() {
        return timing.results();
    }

    List<String> problems() {
        return timing.problems();
    }

    int run() throws Exception {
        return run(Bench.adminEmail());
    }

    int run(String adminEmail) throws Exception {
        AppUser user = (AppUser) context.getBean(UserDetailsService.class).loadUserByUsername(busyEmail);
        providerId = user.providerId();
        EmbeddedMariaDb db = context.getBean(EmbeddedMariaDb.class);
        var previous = SecurityContextHolder.getContext();
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(security);
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(Bench.DATABASE), db.username(), db.password())) {
            raw = connection;
            zone = customers.profile().timeZone();
            deepRow = Math.min(DEEP_ROW, customers.count(CustomerFilter.ALL) * 4 / 5);
            System.out.println(environment());
            System.out.printf(Locale.ROOT, "Busy provider %d (%s): %,d customers; per case at least %d warm-up runs and"
                    + " %d ms of warm-up, then %d measured runs; times in ms, medians%n%n", providerId, busyEmail,
                    customers.count(CustomerFilter.ALL), warmups, warmupMillis, runs);
            warmUp();
            System.out.println(Timing.header());
            if (selected("pages")) {
                pages();
            }
            if (selected("search")) {
                searches();
            }
            if (selected("status")) {
                statuses();
            }
            if (selected("reliability")) {
                reliability();
            }
            if (selected("duplicates")) {
                duplicates();
            }
            if (selected("workspace")) {
                dashboard();
            }
            if (selected("details")) {
                details();
            }
            if (selected("export")) {
                exportCsv();
            }
            if (selected("staff")) {
                staff();
            }
            if (selected("write")) {
                writes();
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        FigureCheck.Report check = context.getBean(RunAs.class).call(adminEmail,
                () -> context.getBean(FigureCheck.class).checkProvider(providerId));
        System.out.println();
        System.out.println("Figure check after the writes: " + check.summary());
        System.out.println(environment());
        summary();
        return check.isClean() && problems().isEmpty() ? 0 : 1;
    }

    /**
     * Runs the common calls for a few seconds before anything is measured, so that the first cases
     * do not pay for the JIT compiling the code paths they share with all the others.
     */
    private void warmUp() {
        long end = System.nanoTime() + warmupMillis * 4_000_000L;
        CustomerFilter search = new CustomerFilter("son", null);
        while (System.nanoTime() < end) {
            for (CustomerSort sort : CustomerSort.values()) {
                CustomerOrder order = new CustomerOrder(sort, sort != CustomerSort.NAME);
                customers.list(CustomerFilter.ALL, order, 0, PAGE);
                rawPage(null, null, order, 0, null);
            }
            customers.list(search, CustomerOrder.DEFAULT, 0, PAGE);
            customers.count(new CustomerFilter(null, CustomerStatus.BLOCKED));
            statistics.stats();
            activity.recent(20);
        }
    }

    /** BENCH_ONLY=search,write runs only those groups, for a quicker look at one part. */
    private static boolean selected(String group) {
        String only = System.getenv("BENCH_ONLY");
        return only == null || only.isBlank() || List.of(only.split(",")).contains(group);
    }

    private void pages() {
        for (CustomerSort sort : CustomerSort.values()) {
            for (boolean descending : new boolean[] {true, false}) {
                CustomerOrder order = new CustomerOrder(sort, descending);
                timing.time("first page", order.code(), 15.0,
                        () -> customers.list(CustomerFilter.ALL, order, 0, PAGE),
                        () -> rawPage(null, null, order, 0, null), QueryBenchmark::ids, List::size);
            }
        }
        for (CustomerOrder order : List.of(CustomerOrder.DEFAULT, new CustomerOrder(CustomerSort.LAST_BOOKING, false),
                new CustomerOrder(CustomerSort.NAME, false), new CustomerOrder(CustomerSort.NAME, true),
                new CustomerOrder(CustomerSort.TOTAL_SPENT, true), new CustomerOrder(CustomerSort.AVERAGE_RATING, true))) {
            timing.time("deep page", "row " + deepRow + " (jump), " + order.code(), 30.0,
                    () -> customers.list(CustomerFilter.ALL, order, deepRow, PAGE),
                    () -> rawPage(null, null, order, deepRow, null), QueryBenchmark::ids, List::size);
            CustomerRow before = customers.list(CustomerFilter.ALL, order, deepRow - 1, 1).getFirst();
            timing.time("deep page", "row " + deepRow + " (next page), " + order.code(), 30.0,
                    () -> customers.listAfter(CustomerFilter.ALL, order, before, 0, PAGE),
                    () -> rawPage(null, null, order, 0, before), QueryBenchmark::ids, List::size);
        }
        timing.time("count", "all customers", 30.0, () -> customers.count(CustomerFilter.ALL),
                () -> rawCount(null, null), Function.identity(), n -> 1);
    }

    private void searches() throws SQLException {
        String rare = rareName();
        String phone = phoneFragment();
        for (String term : List.of("son", "example", rare, rare.toUpperCase(Locale.ROOT), phone, "zzqx")) {
            CustomerFilter filter = new CustomerFilter(term, null);
            timing.time("search", "'" + term + "' first page", 60.0,
                    () -> customers.list(filter, CustomerOrder.DEFAULT, 0, PAGE),
                    () -> rawPage(null, term, CustomerOrder.DEFAULT, 0, null), QueryBenchmark::ids, List::size);
            timing.time("search", "'" + term + "' count", 30.0, () -> customers.count(filter),
                    () -> rawCount(null, term), Function.identity(), n -> 1);
        }
    }

    private void statuses() {
        for (CustomerStatus status : CustomerStatus.values()) {
            CustomerFilter filter = new CustomerFilter(null, status);
            timing.time("status", status.code() + " first page", 15.0,
                    () -> customers.list(filter, CustomerOrder.DEFAULT, 0, PAGE),
                    () -> rawPage(status, null, CustomerOrder.DEFAULT, 0, null), QueryBenchmark::ids, List::size);
            timing.time("status", status.code() + " count", 30.0, () -> customers.count(filter),
                    () -> rawCount(status, null), Function.identity(), n -> 1);
        }
    }

    /**
     * The customers whose reliability is below {@link Reliability#LOW_BELOW} % (SPEC §11): the first
     * page in the default order (a range of the reliability index, sorted) and by reliability, lowest
     * first (the range in index order), and their count; raw SQL reads the same index.
     */
    private void reliability() {
        int below = Reliability.LOW_BELOW;
        CustomerFilter filter = CustomerFilter.ALL.withReliabilityBelow(below);
        System.out.printf(Locale.ROOT, "%nReliability below %d %%: %,d customers%n", below, customers.count(filter));
        for (CustomerOrder order : List.of(CustomerOrder.DEFAULT, new CustomerOrder(CustomerSort.RELIABILITY, false))) {
            timing.time("reliability", "below " + below + " % first page, " + order.code(), 15.0,
                    () -> customers.list(filter, order, 0, PAGE),
                    () -> rawPage(null, null, order, 0, null, null, below), QueryBenchmark::ids, List::size);
        }
        timing.time("reliability", "below " + below + " % count", 30.0, () -> customers.count(filter),
                () -> rawCount(null, null, null, below), Function.identity(), n -> 1);
    }

    /**
     * The possible duplicates of SPEC §12: the whole list's first page, most likely first and newest
     * first, and its count (the page shows both). The dataset is written straight into the tables,
     * so the business is compared first, as {@code DuplicateScan} does for such businesses (timed
     * once, not a case); raw SQL reads the same rows by the same indexes.
     */
    private void duplicates() throws Exception {
        long began = System.nanoTime();
        context.getBean(com.clientele.merge.DuplicateScan.class).scanNew();
        while (query("SELECT COUNT(*) FROM duplicate_scan WHERE provider_id = ?", s -> s.setLong(1, providerId),
                rs -> rs.next() && rs.getInt(1) > 0) == Boolean.FALSE) {
            Thread.sleep(500); // the scheduled scan of another run holds the lock: wait for it
        }
        com.clientele.merge.Duplicates duplicates = context.getBean(com.clientele.merge.Duplicates.class);
        System.out.printf(Locale.ROOT, "%nPossible duplicates: %,d pairs (the business compared in %,d ms)%n",
                duplicates.count(), (System.nanoTime() - began) / 1_000_000);
        for (com.clientele.merge.DuplicateOrder order : com.clientele.merge.DuplicateOrder.values()) {
            String sort = order == com.clientele.merge.DuplicateOrder.SCORE ? "p.score DESC, p.id DESC"
                    : "p.found_at DESC, p.id DESC";
            timing.time("duplicates", "first page, " + order.code(), 200.0, () -> duplicates.page(order, 0, PAGE)
                            .stream().map(com.clientele.merge.DuplicatePair::id).toList(),
                    () -> query("SELECT p.id, p.score, p.reasons, p.found_at, a.relation_id, a.name, a.email, a.phone,"
                            + " b.relation_id, b.name, b.email, b.phone FROM duplicate_pair p"
                            + " JOIN duplicate_subject a ON a.relation_id = p.first_id"
                            + " JOIN duplicate_subject b ON b.relation_id = p.second_id"
                            + " WHERE p.provider_id = ? AND p.dismissed = FALSE ORDER BY " + sort + " LIMIT " + PAGE,
                            st -> st.setLong(1, providerId), QueryBenchmark::longs), Function.identity(), List::size);
        }
        timing.time("duplicates", "count", 200.0, duplicates::count,
                () -> query("SELECT COUNT(*) FROM duplicate_pair WHERE provider_id = ? AND dismissed = FALSE",
                        st -> st.setLong(1, providerId),
                        rs -> rs.next() ? rs.getInt(1) : 0), Function.identity(), n -> 1);
    }

    private void dashboard() {
        timing.time("workspace", "stats", 20.0, statistics::stats, this::rawStats, Function.identity(), s -> 1);
        timing.time("workspace", "new customers per month (12)", null, () -> statistics.newCustomersPerMonth(12),
                this::rawTrend, list -> list.stream().map(m -> m.count()).toList(), List::size);
        timing.time("workspace", "recent activity (20)", null, () -> activity.recent(20), this::rawRecent,
                list -> list.stream().map(ActivityEntry::id).toList(), List::size);
    }

    /**
     * A staff member's own customers (SPEC §10): the same list, search and stats, each row found by
     * the own-customers probe, as the staff member signed in; raw SQL with the same EXISTS on the
     * booking table.
     */
    private void staff() {
        AppUser staff = (AppUser) context.getBean(UserDetailsService.class)
                .loadUserByUsername(DatasetGenerator.staffEmail(busyEmail, 1));
        long member = staff.memberId();
        var previous = SecurityContextHolder.getContext();
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
        SecurityContextHolder.setContext(security);
        try {
            System.out.printf(Locale.ROOT, "%nStaff member %s: %,d own customers%n", staff.email(),
                    customers.count(CustomerFilter.ALL));
            for (CustomerOrder order : List.of(CustomerOrder.DEFAULT, new CustomerOrder(CustomerSort.NAME, false),
                    new CustomerOrder(CustomerSort.TOTAL_SPENT, true))) {
                timing.time("staff", "first page, " + order.code(), 15.0,
                        () -> customers.list(CustomerFilter.ALL, order, 0, PAGE),
                        () -> rawPage(null, null, order, 0, null, member), QueryBenchmark::ids, List::size);
            }
            timing.time("staff", "count", 30.0, () -> customers.count(CustomerFilter.ALL),
                    () -> rawCount(null, null, member), Function.identity(), n -> 1);
            for (String term : List.of("son", "example", rareName(), "zzqx")) {
                CustomerFilter filter = new CustomerFilter(term, null);
                timing.time("staff", "search '" + term + "' first page", 60.0,
                        () -> customers.list(filter, CustomerOrder.DEFAULT, 0, PAGE),
                        () -> rawPage(null, term, CustomerOrder.DEFAULT, 0, null, member), QueryBenchmark::ids,
                        List::size);
                timing.time("staff", "search '" + term + "' count", 60.0, () -> customers.count(filter),
                        () -> rawCount(null, term, member), Function.identity(), n -> 1);
            }
            timing.time("staff", "stats", 20.0, statistics::stats, () -> rawStats(member), Function.identity(),
                    stats -> 1);
            timing.time("staff", "new customers per month (12)", null, () -> statistics.newCustomersPerMonth(12),
                    () -> rawTrend(member), list -> list.stream().map(m -> m.count()).toList(), List::size);
            timing.time("staff", "recent activity (20)", null, () -> activity.recent(20), () -> rawRecent(member),
                    list -> list.stream().map(ActivityEntry::id).toList(), List::size);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void details() throws SQLException {
        long[] heavy = heavyCustomer();
        long relationId = heavy[0];
        long customerId = heavy[1];
        timing.time("details", "customer with " + heavy[2] + " bookings", null, () -> customers.details(relationId),
                () -> rawDetails(relationId), CustomerDetails::totalBookings, d -> 1);
        timing.time("details", "their booking history, first page", null,
                () -> history.bookings(customerId, 0, PAGE), () -> rawHistory(customerId),
                list -> list.stream().map(BookingHistoryEntry::bookingId).toList(), List::size);
        timing.time("details", "whole details dialog", null, () -> {
            List<Object> all = new ArrayList<>();
            all.add(customers.details(relationId));
            all.addAll(history.bookings(customerId, 0, PAGE));
            all.add(history.countBookings(customerId));
            all.addAll(history.reviews(customerId, 100));
            all.addAll(messages.forCustomer(customerId));
            all.addAll(activity.forCustomer(customerId, 200));
            return all.size();
        }, () -> rawDialog(relationId, customerId), Function.identity(), n -> n);
    }

    private record Exported(long bytes, String sha256) {
    }

    private void exportCsv() {
        Supplier<Exported> product = () -> {
            var out = new DigestingStream();
            export.write(CustomerFilter.ALL, CustomerOrder.DEFAULT, out);
            return out.result();
        };
        Supplier<Exported> rawExport = () -> {
            var out = new DigestingStream();
            rawExport(out);
            return out.result();
        };
        // Fewer runs: each writes every customer.
        Timing slow = new Timing(2, 0, 7);
        Timing.Result timed = slow.time("export", "CSV of all customers", 1500.0, product, rawExport,
                Function.identity(), e -> (int) e.bytes());
        long bytes = product.get().bytes();
        long peak = HeapWatch.peakGrowthDuring(() -> export.write(CustomerFilter.ALL, CustomerOrder.DEFAULT,
                new DigestingStream()));
        var checkpoints = new CheckpointStream(bytes);
        export.write(CustomerFilter.ALL, CustomerOrder.DEFAULT, checkpoints);
        String note = String.format(Locale.ROOT, "%,d bytes; used heap rose by at most %.1f MB (garbage included)",
                bytes, peak / 1e6);
        timing.add(new Timing.Result(timed.group(), timed.name(), customers.count(CustomerFilter.ALL), timed.productMs(),
                timed.rawMs(), timed.productP90Ms(), timed.targetMs(), note + " " + timed.note()));
        timing.add(new Timing.Result("export", "heap kept alive during it (MB)", 0, checkpoints.liveGrowth() / 1e6,
                Double.NaN, Double.NaN, 64.0, "after full GCs at 25, 50 and 75 % of the file"));
        timing.problems().addAll(slow.problems());
    }

    private void writes() throws SQLException {
        long[] heavy = heavyCustomer();
        long typical = typicalCustomer();
        AtomicLong slot = new AtomicLong();
        Instant base = context.getBean(Clock.class).instant().plus(WRITES_AHEAD).truncatedTo(ChronoUnit.HOURS);
        try {
            timeWrites(typical, heavy, base, slot);
        } finally {
            removeWrites(typical, heavy[1]);
        }
        noShows(typical);
    }

    /** A rule of the busy provider as the raw side reads it. */
    private record RawRule(String counts, int threshold, int withinDays) {

        boolean countsNoShows() {
            return counts.equals("NO_SHOWS") || counts.equals("EITHER");
        }
    }

    /**
     * A booking's status changed to no-show (SPEC §11) through {@link BookingService#changeStatus}:
     * the write path's statements, then the busy provider's no-show rules read and, for each rule
     * that counts no-shows, the customer's no-shows (or either) counted in its window. Each run
     * needs a confirmed booking of its own that has started: it is inserted before the run, untimed.
     * The bookings start before the longest rule window, so that no rule comes nearer to acting as
     * the runs add no-shows, and the customer has no no-show or late cancellation in that window:
     * every run evaluates the rules and none acts (an action is a problem of the run). Their
     * bookings and events are removed afterwards and the customer's figures recomputed.
     */
    private void noShows(long typical) throws SQLException {
        List<RawRule> rules = rawRules();
        long longest = Math.max(Reliability.WINDOW.toDays(),
                rules.stream().mapToLong(RawRule::withinDays).max().orElse(0));
        Clock clock = context.getBean(Clock.class);
        Instant began = clock.instant();
        Instant outside = began.minus(Duration.ofDays(longest)).minus(NO_SHOWS_BEFORE_WINDOWS)
                .truncatedTo(ChronoUnit.HOURS);
        long customerId = ruleFreeCustomer(typical, utc(began.minus(Duration.ofDays(longest))));
        System.out.printf(Locale.ROOT, "%nNo-show rules of the busy provider: %d (%d count no-shows);"
                        + " no-shows recorded for customer %d, on bookings starting before %s%n", rules.size(),
                rules.stream().filter(RawRule::countsNoShows).count(), customerId, outside);
        List<Long> added = new ArrayList<>();
        AtomicLong slot = new AtomicLong();
        AtomicLong next = new AtomicLong();
        AtomicInteger reached = new AtomicInteger();
        Runnable prepare = () -> {
            long id = rawPastBooking(customerId, outside.minus(slot.incrementAndGet(), ChronoUnit.HOURS));
            added.add(id);
            next.set(id);
        };
        try {
            timing.time("write", "status change to no-show with rules evaluated", 15.0, prepare, () -> {
                bookings.changeStatus(next.get(), BookingStatus.NO_SHOW);
                return customerId;
            }, () -> rawNoShow(next.get(), reached), Function.identity(), n -> 1);
            if (System.getenv("BENCH_TRACE") != null) {
                trace(() -> {
                    prepare.run();
                    bookings.changeStatus(next.get(), BookingStatus.NO_SHOW);
                });
            }
            checkNoShows(customerId, added, reached.get());
        } finally {
            removeNoShows(customerId, added, utc(began.minusSeconds(1)));
        }
    }

    private List<RawRule> rawRules() {
        return query("SELECT counts, threshold, within_days FROM no_show_rule WHERE provider_id = ? ORDER BY id",
                s -> s.setLong(1, providerId), rs -> {
                    List<RawRule> rules = new ArrayList<>();
                    while (rs.next()) {
                        rules.add(new RawRule(rs.getString(1), rs.getInt(2), rs.getInt(3)));
                    }
                    return rules;
                });
    }

    /**
     * A customer of about 8 bookings (not the booking writes' one) the rules can act on (not
     * blocked, flagged or exempt) and none is near acting on: no no-show or late cancellation of a
     * booking starting after {@code since}.
     */
    private long ruleFreeCustomer(long other, LocalDateTime since) {
        return query("SELECT pc.customer_id FROM provider_customer pc WHERE pc.provider_id = ? AND NOT pc.blocked"
                + " AND pc.flagged_reason IS NULL AND pc.rules_exemption IS NULL AND pc.customer_id <> ?"
                + " AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.provider_id = pc.provider_id"
                + " AND b.customer_id = pc.customer_id AND b.starts_at > ? AND (b.status = 'NO_SHOW' OR " + RAW_LATE + "))"
                + " ORDER BY ABS(pc.total_bookings - 8), pc.id LIMIT 1", s -> {
                    s.setLong(1, providerId);
                    s.setLong(2, other);
                    s.setObject(3, since);
                    s.setLong(4, providerId);
                }, rs -> {
                    rs.next();
                    return rs.getLong(1);
                });
    }

    /** A confirmed booking that has started, committed, for the no-show case to change; its id. */
    private long rawPastBooking(long customerId, Instant startsAt) {
        try (PreparedStatement s = raw.prepareStatement("INSERT INTO booking (provider_id, customer_id, service_name,"
                + " starts_at, duration_minutes, price, status, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'CONFIRMED', ?, ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
            LocalDateTime made = utc(startsAt.minus(7, ChronoUnit.DAYS));
            s.setLong(1, providerId);
            s.setLong(2, customerId);
            s.setString(3, "Cut & finish");
            s.setObject(4, utc(startsAt));
            s.setInt(5, 45);
            s.setBigDecimal(6, new BigDecimal("48.00"));
            s.setObject(7, made);
            s.setObject(8, made);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After the case: every booking it changed is a no-show, and no rule acted on either side. */
    private void checkNoShows(long customerId, List<Long> added, int rawReached) {
        String name = "write / status change to no-show with rules evaluated: ";
        long notNoShow = 0;
        for (List<Long> chunk : chunks(added)) {
            notNoShow += query("SELECT COUNT(*) FROM booking WHERE provider_id = ? AND id IN (" + in(chunk) + ")"
                    + " AND status <> 'NO_SHOW'", s -> s.setLong(1, providerId), rs -> {
                        rs.next();
                        return rs.getLong(1);
                    });
        }
        if (notNoShow > 0) {
            timing.problems().add(name + notNoShow + " of " + added.size() + " bookings are not no-shows");
        }
        boolean acted = query("SELECT blocked OR flagged_reason IS NOT NULL FROM provider_customer"
                + " WHERE provider_id = ? AND customer_id = ?", s -> {
                    s.setLong(1, providerId);
                    s.setLong(2, customerId);
                }, rs -> {
                    rs.next();
                    return rs.getBoolean(1);
                });
        if (acted || rawReached > 0) {
            timing.problems().add(name + "a rule acted (product: " + acted + ", raw SQL: " + rawReached
                    + " times), so the runs did not all do the same work");
        }
    }

    /**
     * Deletes the no-show case's bookings and the customer's events since it began (its no-shows,
     * and a block or flag if a rule acted), lifts a block or flag a rule made (the customer had
     * neither), and recomputes the customer's figures with the product's own code.
     */
    private void removeNoShows(long customerId, List<Long> added, LocalDateTime since) throws SQLException {
        raw.setAutoCommit(false);
        try {
            try (PreparedStatement s = raw.prepareStatement("DELETE FROM activity_event WHERE provider_id = ?"
                    + " AND customer_id = ? AND type IN ('BOOKING_NO_SHOW', 'BLOCKED', 'FLAGGED') AND occurred_at >= ?")) {
                s.setLong(1, providerId);
                s.setLong(2, customerId);
                s.setObject(3, since);
                s.executeUpdate();
            }
            for (List<Long> chunk : chunks(added)) {
                try (PreparedStatement s = raw.prepareStatement("DELETE FROM booking WHERE provider_id = ?"
                        + " AND customer_id = ? AND id IN (" + in(chunk) + ")")) {
                    s.setLong(1, providerId);
                    s.setLong(2, customerId);
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = raw.prepareStatement("UPDATE provider_customer SET blocked = FALSE,"
                    + " blocked_reason = NULL, blocked_at = NULL, blocked_until = NULL, flagged_reason = NULL,"
                    + " flagged_at = NULL WHERE provider_id = ? AND customer_id = ?"
                    + " AND (blocked OR flagged_reason IS NOT NULL)")) {
                s.setLong(1, providerId);
                s.setLong(2, customerId);
                s.executeUpdate();
            }
            raw.commit();
        } catch (SQLException e) {
            raw.rollback();
            throw e;
        } finally {
            raw.setAutoCommit(true);
        }
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> context
                .getBean(BookingFigures.class).refresh(List.of(customerId)));
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 1000)));
        }
        return chunks;
    }

    private static String in(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    private void timeWrites(long typical, long[] heavy, Instant base, AtomicLong slot) throws SQLException {
        for (long customerId : new long[] {typical, heavy[1]}) {
            String name = customerId == typical ? "booking for a customer with ~8" : "booking for the customer with " + heavy[2];
            timing.time("write", name, 15.0,
                    () -> bookings.create(NewBooking.forCustomer(customerId, "Cut & finish",
                            base.plus(slot.incrementAndGet(), ChronoUnit.HOURS), 45, new BigDecimal("48.00"),
                            BookingStatus.CONFIRMED)).customerId(),
                    () -> rawBooking(customerId, base.plus(slot.incrementAndGet(), ChronoUnit.HOURS)),
                    Function.identity(), n -> 1);
        }
        if (System.getenv("BENCH_TRACE") != null) {
            trace(() -> bookings.create(NewBooking.forCustomer(typical, "Cut & finish",
                    base.plus(slot.incrementAndGet(), ChronoUnit.HOURS), 45, new BigDecimal("48.00"),
                    BookingStatus.CONFIRMED)));
        }
    }

    /**
     * Deletes the bookings the write cases added (all start {@link #WRITES_AHEAD} from now or later,
     * which no generated booking does) and their activity, and recomputes those customers' figures
     * with the product's own code, so every run measures the generated dataset: the heavy customer
     * keeps its 500 bookings and the recent activity its generated entries.
     */
    private void removeWrites(long... customerIds) throws SQLException {
        String customersIn = "customer_id IN (" + customerIds[0] + ", " + customerIds[1] + ")";
        String written = "provider_id = ? AND " + customersIn + " AND starts_at >= ?";
        LocalDateTime from = utc(context.getBean(Clock.class).instant().plus(WRITES_AHEAD).minus(1, ChronoUnit.DAYS));
        raw.setAutoCommit(false);
        try (PreparedStatement events = raw.prepareStatement("DELETE FROM activity_event WHERE provider_id = ? AND "
                        + customersIn + " AND type = 'BOOKING_CREATED' AND occurred_at >= (SELECT MIN(created_at)"
                        + " FROM booking WHERE " + written + ")");
                PreparedStatement rows = raw.prepareStatement("DELETE FROM booking WHERE " + written)) {
            events.setLong(1, providerId);
            events.setLong(2, providerId);
            events.setObject(3, from);
            rows.setLong(1, providerId);
            rows.setObject(2, from);
            events.executeUpdate();
            rows.executeUpdate();
            raw.commit();
        } finally {
            raw.setAutoCommit(true);
        }
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> context
                .getBean(BookingFigures.class).refresh(List.of(customerIds[0], customerIds[1])));
    }

    /** Prints the statements a call sends, with the time between them (BENCH_TRACE set). */
    private void trace(Runnable work) throws SQLException {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        try (var s = raw.createStatement()) {
            System.out.println("  trace: " + environment());
            s.execute("SET GLOBAL log_output = 'TABLE'");
            s.execute("TRUNCATE mysql.general_log");
            s.execute("SET GLOBAL general_log = ON");
            for (int i = 0; i < 3; i++) {
                work.run();
            }
            s.execute("SET GLOBAL general_log = OFF");
            try (ResultSet rs = s.executeQuery("SELECT event_time, thread_id, command_type, LEFT(argument, 160)"
                    + " FROM mysql.general_log ORDER BY event_time")) {
                while (rs.next()) {
                    System.out.println("  trace " + rs.getString(1) + " " + rs.getLong(2) + " " + rs.getString(3) + " "
                            + rs.getString(4).replace('\n', ' '));
                }
            }
        }
    }

    private void summary() {
        List<Timing.Result> results = timing.results();
        long timeMissed = results.stream().filter(r -> !r.timeMet()).count();
        long ratioMissed = results.stream().filter(r -> !r.ratioMet()).count();
        System.out.printf(Locale.ROOT, "%nTargets: %d of %d time targets met, %d of %d ratios <= %.1f%n",
                results.stream().filter(r -> r.targetMs() != null && r.timeMet()).count(),
                results.stream().filter(r -> r.targetMs() != null).count(),
                results.stream().filter(r -> !Double.isNaN(r.ratio()) && r.ratioMet()).count(),
                results.stream().filter(r -> !Double.isNaN(r.ratio())).count(), RATIO_TARGET);
        results.stream().filter(r -> !r.timeMet() || !r.ratioMet()).forEach(r -> System.out.println("  missed: "
                + Timing.line(r)));
        problems().forEach(p -> System.out.println("  PROBLEM: " + p));
        if (timeMissed + ratioMissed == 0 && problems().isEmpty()) {
            System.out.println("All targets met.");
        }
    }

    // ---- the subjects

    /** The relation id, customer id and bookings of the customer with the most bookings. */
    private long[] heavyCustomer() {
        return first("SELECT id, customer_id, total_bookings FROM provider_customer WHERE provider_id = ?"
                + " ORDER BY total_bookings DESC, id LIMIT 1", rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
    }

    private long typicalCustomer() {
        return first("SELECT customer_id FROM provider_customer WHERE provider_id = ? AND NOT blocked"
                + " ORDER BY ABS(total_bookings - 8), id LIMIT 1", rs -> rs.getLong(1));
    }

    /** A first and last name that few customers share. */
    private String rareName() {
        return first("SELECT name FROM provider_customer WHERE provider_id = ? GROUP BY name HAVING COUNT(*) = 1"
                + " ORDER BY name LIMIT 1", rs -> rs.getString(1));
    }

    /** Seven digits from the middle of a customer's number, typed with a space as people do. */
    private String phoneFragment() {
        String phone = first("SELECT phone FROM provider_customer WHERE provider_id = ? AND phone LIKE '+447%'"
                + " ORDER BY id LIMIT 1 OFFSET " + Math.min(1000, deepRow / 4), rs -> rs.getString(1));
        String digits = Phones.digits(phone);
        return digits.substring(3, 7) + " " + digits.substring(7, 10);
    }

    /** The first row of a query of the busy provider's data. */
    private <T> T first(String sql, Reader<T> reader) {
        return query(sql, s -> s.setLong(1, providerId), rs -> {
            rs.next();
            return reader.read(rs);
        });
    }

    // ---- raw SQL: hand-written statements on a plain connection

    private static List<Long> longs(ResultSet rs) throws SQLException {
        List<Long> values = new ArrayList<>();
        while (rs.next()) {
            values.add(rs.getLong(1));
        }
        return values;
    }

    private static List<Long> ids(List<CustomerRow> rows) {
        return rows.stream().map(CustomerRow::relationId).toList();
    }

    /** The search condition on the key column: the folded term, and its digits if it looks like a phone number. */
    private static String searchCondition(String term) {
        return Phones.searchDigits(term) == null ? " AND search_key LIKE ?"
                : " AND (search_key LIKE ? OR search_key LIKE ?)";
    }

    private static int bindSearch(PreparedStatement s, int i, String term) throws SQLException {
        s.setString(i++, Sql.containsPattern(SearchKey.of(term)));
        String digits = Phones.searchDigits(term);
        if (digits != null) {
            s.setString(i++, Sql.containsPattern(digits));
        }
        return i;
    }

    private static String column(CustomerSort sort) {
        return switch (sort) {
            case NAME -> "name";
            case TOTAL_BOOKINGS -> "total_bookings";
            case TOTAL_SPENT -> "total_spent";
            case AVERAGE_RATING -> "average_rating";
            case LAST_BOOKING -> "last_booking_at";
            case NEXT_BOOKING -> "next_booking_at";
            case RELIABILITY -> "reliability";
        };
    }

    private static String index(CustomerStatus status, String term, CustomerOrder order, Integer below) {
        if (term != null) {
            return " FORCE INDEX (ix_pc_search)";
        }
        if (below != null && order.sort() != CustomerSort.RELIABILITY) {
            return " FORCE INDEX (ix_pc_reliability)";
        }
        if (status != null) {
            return " FORCE INDEX (ix_pc_status_recent)";
        }
        String base = switch (order.sort()) {
            case NAME -> "ix_pc_name";
            case TOTAL_BOOKINGS -> "ix_pc_bookings";
            case TOTAL_SPENT -> "ix_pc_spent";
            case AVERAGE_RATING -> "ix_pc_rating";
            case LAST_BOOKING -> "ix_pc_last_booking";
            case NEXT_BOOKING -> "ix_pc_next_booking";
            case RELIABILITY -> "ix_pc_reliability";
        };
        return " FORCE INDEX (" + base + (order.descending() ? "_desc" : "") + ")";
    }

    /** The own-customers probe by hand, on the table behind the product's view, for a relation aliased {@code pc}. */
    private static final String SERVED = " AND EXISTS (SELECT 1 FROM staff_customer sb WHERE sb.provider_id = pc.provider_id"
            + " AND sb.staff_member_id = ? AND sb.relation_id = pc.id)";

    private List<CustomerRow> rawPage(CustomerStatus status, String term, CustomerOrder order, int offset,
            CustomerRow after) {
        return rawPage(status, term, order, offset, after, null);
    }

    private List<CustomerRow> rawPage(CustomerStatus status, String term, CustomerOrder order, int offset,
            CustomerRow after, Long staff) {
        return rawPage(status, term, order, offset, after, staff, null);
    }

    /**
     * A page by hand: a deferred join over the covering index, by offset or after a row (keyset);
     * with {@code staff}, that member's own customers only; with {@code below}, only customers whose
     * reliability is below that percentage.
     */
    private List<CustomerRow> rawPage(CustomerStatus status, String term, CustomerOrder order, int offset,
            CustomerRow after, Long staff, Integer below) {
        String direction = order.descending() ? " DESC" : " ASC";
        String column = column(order.sort());
        Object afterValue = after == null ? null : switch (order.sort()) {
            case NAME -> after.name();
            case TOTAL_BOOKINGS -> after.totalBookings();
            case TOTAL_SPENT -> after.totalSpent();
            case AVERAGE_RATING -> after.averageRating();
            case LAST_BOOKING -> after.lastBookingAt() == null ? null : utc(after.lastBookingAt());
            case NEXT_BOOKING -> after.nextBookingAt() == null ? null : utc(after.nextBookingAt());
            case RELIABILITY -> after.reliability().percent();
        };
        String seek = "";
        if (after != null) {
            boolean nullable = order.sort() == CustomerSort.AVERAGE_RATING || order.sort() == CustomerSort.LAST_BOOKING
                    || order.sort() == CustomerSort.NEXT_BOOKING || order.sort() == CustomerSort.RELIABILITY;
            if (order.descending()) {
                seek = afterValue == null ? " AND " + column + " IS NULL AND id < ?"
                        : " AND (" + column + " < ? OR (" + column + " = ? AND id < ?)"
                                + (nullable ? " OR " + column + " IS NULL)" : ")");
            } else {
                seek = afterValue == null ? " AND (" + column + " IS NOT NULL OR id > ?)"
                        : " AND (" + column + " > ? OR (" + column + " = ? AND id > ?))";
            }
        }
        String sql = "SELECT " + ROW_COLUMNS + " FROM provider_customer pc JOIN (SELECT id FROM provider_customer pc"
                + index(status, term, order, below) + " WHERE provider_id = ?" + (staff == null ? "" : SERVED)
                + (status == null ? "" : " AND status = ?")
                + (term == null ? "" : searchCondition(term)) + (below == null ? "" : " AND reliability < ?") + seek
                + " ORDER BY " + column + direction + ", id" + direction + " LIMIT ? OFFSET ?) page ON page.id = pc.id"
                + " ORDER BY pc." + column + direction + ", pc.id" + direction;
        return query(sql, s -> {
            int i = 1;
            s.setLong(i++, providerId);
            if (staff != null) {
                s.setLong(i++, staff);
            }
            if (status != null) {
                s.setString(i++, status.name());
            }
            if (term != null) {
                i = bindSearch(s, i, term);
            }
            if (below != null) {
                s.setInt(i++, below);
            }
            if (after != null) {
                if (afterValue != null) {
                    s.setObject(i++, afterValue);
                    s.setObject(i++, afterValue);
                }
                s.setLong(i++, after.relationId());
            }
            s.setInt(i++, PAGE);
            s.setInt(i, offset);
        }, rs -> {
            List<CustomerRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new CustomerRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), CustomerStatus.valueOf(rs.getString(6)), rs.getBoolean(7), rs.getBoolean(8),
                        rs.getString(9), rs.getInt(10), rs.getBigDecimal(11), rs.getBigDecimal(12), instant(rs, 13),
                        instant(rs, 14), Reliability.of(rs.getLong(15), rs.getLong(16), rs.getLong(17)), rs.getString(18)));
            }
            return rows;
        });
    }

    private int rawCount(CustomerStatus status, String term) {
        return rawCount(status, term, null);
    }

    private int rawCount(CustomerStatus status, String term, Long staff) {
        return rawCount(status, term, staff, null);
    }

    private int rawCount(CustomerStatus status, String term, Long staff, Integer below) {
        if (staff != null && status == null && below == null) {
            return query("SELECT COUNT(*) FROM staff_customer FORCE INDEX (PRIMARY)"
                    + " WHERE provider_id = ? AND staff_member_id = ?"
                    + (term == null ? "" : searchCondition(term)), s -> {
                s.setLong(1, providerId);
                s.setLong(2, staff);
                if (term != null) {
                    bindSearch(s, 3, term);
                }
            }, rs -> {
                rs.next();
                return rs.getInt(1);
            });
        }
        String sql = "SELECT COUNT(*) FROM provider_customer pc" + (term != null ? " FORCE INDEX (ix_pc_search)"
                : below != null ? " FORCE INDEX (ix_pc_reliability)" : "")
                + " WHERE provider_id = ?" + (staff == null ? "" : SERVED) + (status == null ? "" : " AND status = ?")
                + (term == null ? "" : searchCondition(term)) + (below == null ? "" : " AND reliability < ?");
        return query(sql, s -> {
            int i = 1;
            s.setLong(i++, providerId);
            if (staff != null) {
                s.setLong(i++, staff);
            }
            if (status != null) {
                s.setString(i++, status.name());
            }
            if (term != null) {
                i = bindSearch(s, i, term);
            }
            if (below != null) {
                s.setInt(i, below);
            }
        }, rs -> {
            rs.next();
            return rs.getInt(1);
        });
    }

    private CustomerStats rawStats() {
        return rawStats(null);
    }

    private CustomerStats rawStats(Long staff) {
        YearMonth month = YearMonth.now(zone);
        return query("SELECT COUNT(*), COALESCE(SUM(total_bookings >= 5), 0),"
                + " COALESCE(SUM(first_booking_at >= ? AND first_booking_at < ?), 0), COALESCE(SUM(rating_sum), 0),"
                + " COALESCE(SUM(rating_count), 0), COALESCE(SUM(total_bookings >= 2), 0), COALESCE(SUM(total_bookings >= 1), 0)"
                + (staff == null ? " FROM provider_customer WHERE provider_id = ?"
                        : " FROM staff_customer FORCE INDEX (PRIMARY) WHERE provider_id = ? AND staff_member_id = ?"), s -> {
                    s.setObject(1, utc(month.atDay(1).atStartOfDay(zone).toInstant()));
                    s.setObject(2, utc(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
                    s.setLong(3, providerId);
                    if (staff != null) {
                        s.setLong(4, staff);
                    }
                }, rs -> {
                    rs.next();
                    long ratingCount = rs.getLong(5);
                    long booked = rs.getLong(7);
                    return new CustomerStats(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                            ratingCount == 0 ? null : BigDecimal.valueOf(rs.getLong(4))
                                    .divide(BigDecimal.valueOf(ratingCount), 1, RoundingMode.HALF_UP),
                            booked == 0 ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf(rs.getLong(6) * 100)
                                    .divide(BigDecimal.valueOf(booked), 1, RoundingMode.HALF_UP));
                });
    }

    private List<com.clientele.customer.MonthlyCount> rawTrend() {
        return rawTrend(null);
    }

    private List<com.clientele.customer.MonthlyCount> rawTrend(Long staff) {
        YearMonth first = YearMonth.now(zone).minusMonths(11);
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < 12; i++) {
            sql.append(i == 0 ? "" : ", ").append(staff == null ? "(SELECT COUNT(*) FROM provider_customer"
                    + " WHERE provider_id = ? AND first_booking_at >= ? AND first_booking_at < ?)"
                    : "(SELECT COUNT(*) FROM staff_customer WHERE provider_id = ? AND first_booking_at >= ?"
                    + " AND first_booking_at < ? AND staff_member_id = ?)");
        }
        return query(sql.toString(), s -> {
            int i = 1;
            for (int m = 0; m < 12; m++) {
                s.setLong(i++, providerId);
                s.setObject(i++, utc(first.plusMonths(m).atDay(1).atStartOfDay(zone).toInstant()));
                s.setObject(i++, utc(first.plusMonths(m + 1).atDay(1).atStartOfDay(zone).toInstant()));
                if (staff != null) {
                    s.setLong(i++, staff);
                }
            }
        }, rs -> {
            rs.next();
            List<com.clientele.customer.MonthlyCount> counts = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                counts.add(new com.clientele.customer.MonthlyCount(first.plusMonths(m), rs.getLong(m + 1)));
            }
            return counts;
        });
    }

    private List<ActivityEntry> rawRecent() {
        return rawRecent(null);
    }

    private List<ActivityEntry> rawRecent(Long staff) {
        return query("SELECT a.id, a.customer_id, pc.id, pc.name, a.type, a.summary, a.actor, a.occurred_at,"
                + " a.summary_key, a.summary_args"
                + " FROM activity_event a LEFT JOIN provider_customer pc"
                + " ON pc.provider_id = a.provider_id AND pc.customer_id = a.customer_id"
                + " WHERE a.provider_id = ? AND a.in_recent = TRUE"
                + (staff == null ? "" : " AND EXISTS (SELECT 1 FROM staff_customer sb WHERE sb.provider_id = a.provider_id"
                        + " AND sb.staff_member_id = ? AND sb.customer_id = a.customer_id)")
                + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT 20",
                s -> {
                    s.setLong(1, providerId);
                    if (staff != null) {
                        s.setLong(2, staff);
                    }
                }, QueryBenchmark::activityRows);
    }

    /** The rows as the app reads them; the key and arguments are read, not parsed (that is rendering, not SQL). */
    private static List<ActivityEntry> activityRows(ResultSet rs) throws SQLException {
        List<ActivityEntry> entries = new ArrayList<>();
        while (rs.next()) {
            rs.getString(9);
            rs.getString(10);
            entries.add(new ActivityEntry(rs.getLong(1), rs.getObject(2, Long.class), rs.getObject(3, Long.class),
                    rs.getString(4), com.clientele.activity.ActivityType.valueOf(rs.getString(5)), rs.getString(6),
                    null, rs.getString(7), instant(rs, 8)));
        }
        return entries;
    }

    private CustomerDetails rawDetails(long relationId) {
        return query("SELECT id, customer_id, name, email, phone, status, favorite, blocked, blocked_reason, blocked_at,"
                + " notes, total_bookings, completed_bookings, cancelled_count, no_show_count, total_spent, average_rating,"
                + " rating_count, first_booking_at, last_booking_at, next_booking_at, created_at, version, blocked_until,"
                + " attended_recent, no_show_recent, late_cancellation_count, flagged_reason, flagged_at, rules_exemption"
                + " FROM provider_customer"
                + " WHERE id = ? AND provider_id = ?", s -> {
                    s.setLong(1, relationId);
                    s.setLong(2, providerId);
                }, rs -> {
                    rs.next();
                    return new CustomerDetails(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), CustomerStatus.valueOf(rs.getString(6)), rs.getBoolean(7), rs.getBoolean(8),
                            rs.getString(9), instant(rs, 10), instant(rs, 24), rs.getString(11), rs.getInt(12),
                            rs.getInt(13), rs.getInt(14), rs.getInt(15),
                            Reliability.of(rs.getLong(25), rs.getLong(26), rs.getLong(27)), rs.getBigDecimal(16), rs.getBigDecimal(17), rs.getInt(18),
                            instant(rs, 19), instant(rs, 20), instant(rs, 21), instant(rs, 22), rs.getLong(23),
                            new RuleStanding(rs.getString(28), instant(rs, 29), rs.getString(30)));
                });
    }

    private static final String HISTORY = "SELECT b.id, b.service_name, b.starts_at, b.duration_minutes, b.price,"
            + " b.status, r.rating, r.comment, r.created_at FROM booking b LEFT JOIN review r ON r.booking_id = b.id"
            + " WHERE b.provider_id = ? AND b.customer_id = ?";

    private List<BookingHistoryEntry> rawHistory(long customerId) {
        return query(HISTORY + " ORDER BY b.starts_at DESC, b.id DESC LIMIT " + PAGE, s -> {
            s.setLong(1, providerId);
            s.setLong(2, customerId);
        }, QueryBenchmark::historyRows);
    }

    private static List<BookingHistoryEntry> historyRows(ResultSet rs) throws SQLException {
        List<BookingHistoryEntry> entries = new ArrayList<>();
        while (rs.next()) {
            entries.add(new BookingHistoryEntry(rs.getLong(1), rs.getString(2), instant(rs, 3), rs.getInt(4),
                    rs.getBigDecimal(5), BookingStatus.valueOf(rs.getString(6)), rs.getObject(7, Integer.class),
                    rs.getString(8), instant(rs, 9)));
        }
        return entries;
    }

    private int rawDialog(long relationId, long customerId) {
        List<Object> all = new ArrayList<>();
        all.add(rawDetails(relationId));
        all.addAll(rawHistory(customerId));
        all.add(query("SELECT COUNT(*) FROM booking WHERE provider_id = ? AND customer_id = ?", s -> {
            s.setLong(1, providerId);
            s.setLong(2, customerId);
        }, rs -> {
            rs.next();
            return rs.getInt(1);
        }));
        all.addAll(query(HISTORY + " AND r.id IS NOT NULL ORDER BY r.created_at DESC, r.id DESC LIMIT 100", s -> {
            s.setLong(1, providerId);
            s.setLong(2, customerId);
        }, QueryBenchmark::historyRows));
        all.addAll(query("SELECT id, subject, body, status, created_at FROM customer_message"
                + " WHERE provider_id = ? AND customer_id = ? ORDER BY created_at DESC, id DESC", s -> {
                    s.setLong(1, providerId);
                    s.setLong(2, customerId);
                }, rs -> {
                    List<Object> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(rs.getLong(1));
                    }
                    return rows;
                }));
        all.addAll(query("SELECT a.id, a.customer_id, pc.id, pc.name, a.type, a.summary, a.actor, a.occurred_at,"
                + " a.summary_key, a.summary_args"
                + " FROM activity_event a LEFT JOIN provider_customer pc"
                + " ON pc.provider_id = a.provider_id AND pc.customer_id = a.customer_id"
                + " WHERE a.provider_id = ? AND a.customer_id = ? ORDER BY a.occurred_at DESC, a.id DESC LIMIT 200", s -> {
                    s.setLong(1, providerId);
                    s.setLong(2, customerId);
                }, QueryBenchmark::activityRows));
        return all.size();
    }

    private static final String[] EXPORT_HEADER = {"customer_id", "name", "email", "phone", "status", "favorite",
            "blocked", "total_bookings", "completed_bookings", "cancelled_count", "no_show_count", "total_spent",
            "currency", "average_rating", "first_booking", "last_booking", "next_booking", "notes", "reliability",
            "late_cancellation_count"};

    private void rawExport(OutputStream out) {
        String currency = customers.profile().currency().getCurrencyCode();
        try (PreparedStatement s = raw.prepareStatement("SELECT customer_id, name, email, phone, status, favorite,"
                + " blocked, total_bookings, completed_bookings, cancelled_count, no_show_count, total_spent,"
                + " average_rating, first_booking_at, last_booking_at, next_booking_at, notes, reliability,"
                + " late_cancellation_count FROM provider_customer"
                + " WHERE provider_id = ?"
                + " ORDER BY last_booking_at DESC, id DESC")) {
            s.setFetchSize(500);
            s.setLong(1, providerId);
            var csv = CsvCells.writer(out);
            csv.row(EXPORT_HEADER);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    csv.row(String.valueOf(rs.getLong(1)), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5).toLowerCase(Locale.ROOT),
                            String.valueOf(rs.getBoolean(6)), String.valueOf(rs.getBoolean(7)),
                            String.valueOf(rs.getInt(8)), String.valueOf(rs.getInt(9)), String.valueOf(rs.getInt(10)),
                            String.valueOf(rs.getInt(11)), plain(rs.getBigDecimal(12)), currency,
                            plain(rs.getBigDecimal(13)), iso(instant(rs, 14)), iso(instant(rs, 15)), iso(instant(rs, 16)),
                            rs.getString(17), rs.getObject(18) == null ? "" : String.valueOf(rs.getInt(18)),
                            String.valueOf(rs.getInt(19)));
                }
            }
            csv.flush();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    /**
     * The write path by hand: lock the relation, insert, recompute its figures (SPEC §3 and the
     * reliability's counts of SPEC §11, with the provider's cut-off for a late cancellation), record
     * the activity, commit.
     */
    private long rawBooking(long customerId, Instant startsAt) {
        try {
            raw.setAutoCommit(false);
            String name;
            try (PreparedStatement s = raw.prepareStatement("SELECT id, customer_id, name, blocked, blocked_reason"
                    + " FROM provider_customer WHERE provider_id = ? AND customer_id = ? FOR UPDATE")) {
                s.setLong(1, providerId);
                s.setLong(2, customerId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    name = rs.getString(3);
                    if (rs.getBoolean(4)) {
                        throw new IllegalStateException("blocked");
                    }
                }
            }
            Instant written = Instant.now();
            LocalDateTime now = utc(written);
            try (PreparedStatement s = raw.prepareStatement("INSERT INTO booking (provider_id, customer_id, service_name,"
                    + " starts_at, duration_minutes, price, status, created_at, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                s.setLong(1, providerId);
                s.setLong(2, customerId);
                s.setString(3, "Cut & finish");
                s.setObject(4, utc(startsAt));
                s.setInt(5, 45);
                s.setBigDecimal(6, new BigDecimal("48.00"));
                s.setString(7, "CONFIRMED");
                s.setObject(8, now);
                s.setObject(9, now);
                s.executeUpdate();
            }
            rawFigures(customerId, written);
            try (PreparedStatement s = raw.prepareStatement("INSERT INTO activity_event (provider_id, customer_id, type,"
                    + " summary, actor, occurred_at) VALUES (?, ?, 'BOOKING_CREATED', ?, ?, ?)")) {
                s.setLong(1, providerId);
                s.setLong(2, customerId);
                s.setString(3, "Cut & finish for " + name);
                s.setString(4, busyEmail);
                s.setObject(5, now);
                s.executeUpdate();
            }
            raw.commit();
            return customerId;
        } catch (SQLException e) {
            try {
                raw.rollback();
            } catch (SQLException ignored) {
                // reported below
            }
            throw new IllegalStateException(e);
        } finally {
            try {
                raw.setAutoCommit(true);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A no-show recorded by hand: lock the booking's relation, change the booking (a confirmed or
     * pending booking that has started only), recompute the figures, record the activity, read the
     * provider's no-show rules and count, in one scan of the customer's bookings, their no-shows (or
     * either) in the window of each rule that counts them, commit. A rule reached is counted in {@code reached}; the case is made
     * so that none is, and acting on it is left out.
     *
     * @return the customer
     */
    private long rawNoShow(long bookingId, AtomicInteger reached) {
        try {
            raw.setAutoCommit(false);
            long customerId;
            String name;
            try (PreparedStatement s = raw.prepareStatement("SELECT customer_id, name FROM provider_customer"
                    + " WHERE provider_id = ? AND customer_id = (SELECT customer_id FROM booking WHERE id = ?"
                    + " AND provider_id = ?) FOR UPDATE")) {
                s.setLong(1, providerId);
                s.setLong(2, bookingId);
                s.setLong(3, providerId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    customerId = rs.getLong(1);
                    name = rs.getString(2);
                }
            }
            Instant written = Instant.now();
            LocalDateTime now = utc(written);
            try (PreparedStatement s = raw.prepareStatement("UPDATE booking SET status = 'NO_SHOW', updated_at = ?,"
                    + " version = version + 1 WHERE id = ? AND provider_id = ? AND status IN ('PENDING', 'CONFIRMED')"
                    + " AND starts_at <= ?")) {
                s.setObject(1, now);
                s.setLong(2, bookingId);
                s.setLong(3, providerId);
                s.setObject(4, now);
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException("booking " + bookingId + " cannot become a no-show");
                }
            }
            rawFigures(customerId, written);
            try (PreparedStatement s = raw.prepareStatement("INSERT INTO activity_event (provider_id, customer_id, type,"
                    + " summary, actor, occurred_at) VALUES (?, ?, 'BOOKING_NO_SHOW', ?, ?, ?)")) {
                s.setLong(1, providerId);
                s.setLong(2, customerId);
                s.setString(3, "Cut & finish for " + name);
                s.setString(4, busyEmail);
                s.setObject(5, now);
                s.executeUpdate();
            }
            // one scan of the customer's bookings counts for every rule that counts no-shows, as the product does
            List<RawRule> counting = rawRules().stream().filter(RawRule::countsNoShows).toList();
            if (!counting.isEmpty()) {
                StringBuilder sql = new StringBuilder("SELECT 1");
                int longest = 0;
                for (RawRule rule : counting) {
                    String counted = rule.counts().equals("EITHER") ? "(status = 'NO_SHOW' OR " + RAW_LATE + ")"
                            : "status = 'NO_SHOW'";
                    sql.append(", COALESCE(SUM(starts_at > ? AND ").append(counted).append("), 0)");
                    longest = Math.max(longest, rule.withinDays());
                }
                sql.append(" FROM booking FORCE INDEX (ix_booking_customer) WHERE provider_id = ? AND customer_id = ?"
                        + " AND (starts_at > ? OR id = ?)");
                try (PreparedStatement s = raw.prepareStatement(sql.toString())) {
                    int i = 1;
                    for (RawRule rule : counting) {
                        s.setObject(i++, utc(written.minus(Duration.ofDays(rule.withinDays()))));
                        if (rule.counts().equals("EITHER")) {
                            s.setLong(i++, providerId);
                        }
                    }
                    s.setLong(i++, providerId);
                    s.setLong(i++, customerId);
                    s.setObject(i++, utc(written.minus(Duration.ofDays(longest))));
                    s.setLong(i, bookingId);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        for (int r = 0; r < counting.size(); r++) {
                            if (rs.getLong(r + 2) >= counting.get(r).threshold()) {
                                reached.incrementAndGet();
                            }
                        }
                    }
                }
            }
            raw.commit();
            return customerId;
        } catch (SQLException e) {
            try {
                raw.rollback();
            } catch (SQLException ignored) {
                // reported below
            }
            throw new IllegalStateException(e);
        } finally {
            try {
                raw.setAutoCommit(true);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The figures of SPEC §3 and the reliability's counts of SPEC §11 recomputed from the customer's
     * bookings and reviews and stored, in one {@code UPDATE … JOIN}, as of {@code written}.
     */
    private void rawFigures(long customerId, Instant written) throws SQLException {
        LocalDateTime now = utc(written);
        try (PreparedStatement s = raw.prepareStatement("UPDATE provider_customer pc JOIN (SELECT customer_id,"
                + " SUM(status <> 'CANCELLED') AS total, SUM(status = 'COMPLETED') AS completed,"
                + " SUM(status = 'CANCELLED') AS cancelled, SUM(status = 'NO_SHOW') AS no_show,"
                + " SUM(CASE WHEN status = 'COMPLETED' THEN price ELSE 0 END) AS spent,"
                + " MIN(CASE WHEN status <> 'CANCELLED' THEN starts_at END) AS first_at,"
                + " MAX(CASE WHEN status <> 'CANCELLED' AND starts_at <= ? THEN starts_at END) AS last_at,"
                + " MIN(CASE WHEN status <> 'CANCELLED' AND starts_at > ? THEN starts_at END) AS next_at,"
                + " SUM(status = 'COMPLETED' AND starts_at > ?) AS attended_recent,"
                + " SUM(status = 'NO_SHOW' AND starts_at > ?) AS no_show_recent,"
                + " SUM(" + RAW_LATE + " AND starts_at > ?) AS late_recent,"
                + " MIN(CASE WHEN starts_at > ? AND (status IN ('COMPLETED', 'NO_SHOW') OR " + RAW_LATE + ")"
                + " THEN starts_at END) AS earliest_counted"
                + " FROM booking WHERE provider_id = ? AND customer_id = ? GROUP BY customer_id) b"
                + " ON b.customer_id = pc.customer_id"
                + " LEFT JOIN (SELECT customer_id, SUM(rating) AS rating_sum, COUNT(*) AS rating_count FROM review"
                + " WHERE provider_id = ? AND customer_id = ? GROUP BY customer_id) r ON r.customer_id = pc.customer_id"
                + " SET pc.total_bookings = b.total, pc.completed_bookings = b.completed,"
                + " pc.cancelled_count = b.cancelled, pc.no_show_count = b.no_show, pc.total_spent = b.spent,"
                + " pc.first_booking_at = b.first_at, pc.last_booking_at = b.last_at, pc.next_booking_at = b.next_at,"
                + " pc.rating_sum = COALESCE(r.rating_sum, 0), pc.rating_count = COALESCE(r.rating_count, 0),"
                + " pc.attended_recent = b.attended_recent, pc.no_show_recent = b.no_show_recent,"
                + " pc.late_cancellation_count = b.late_recent,"
                + " pc.reliability_window_ends_at = b.earliest_counted + INTERVAL " + Reliability.WINDOW.toDays() + " DAY,"
                + " pc.updated_at = ? WHERE pc.provider_id = ? AND pc.customer_id = ?")) {
            LocalDateTime windowStart = utc(BookingFigures.windowStart(written));
            int i = 1;
            s.setObject(i++, now);
            s.setObject(i++, now);
            s.setObject(i++, windowStart);
            s.setObject(i++, windowStart);
            s.setLong(i++, providerId);
            s.setObject(i++, windowStart);
            s.setObject(i++, windowStart);
            s.setLong(i++, providerId);
            s.setLong(i++, providerId);
            s.setLong(i++, customerId);
            s.setLong(i++, providerId);
            s.setLong(i++, customerId);
            s.setObject(i++, now);
            s.setLong(i++, providerId);
            s.setLong(i, customerId);
            s.executeUpdate();
        }
    }

    /** A late cancellation, as the product's figures define it: the provider's cut-off read in the statement. */
    private static final String RAW_LATE = "(status = 'CANCELLED' AND cancelled_at > starts_at - INTERVAL"
            + " COALESCE((SELECT late_cancellation_hours FROM no_show_setting WHERE provider_id = ?), 24) HOUR)";

    // ---- helpers

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, Binder binder, Reader<T> reader) {
        try (PreparedStatement statement = raw.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rs = statement.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static String environment() {
        String load = "";
        try {
            load = Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            load = "unknown";
        }
        return String.format(Locale.ROOT, "Machine: %d cores, load average %s, JVM %s, max heap %d MB",
                Runtime.getRuntime().availableProcessors(), load, Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Counts and hashes what is written, so product and raw exports can be compared byte for byte. */
    private static class DigestingStream extends OutputStream {
        private final MessageDigest digest;
        long bytes;

        DigestingStream() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
            bytes += len;
        }

        Exported result() {
            return new Exported(bytes, HexFormat.of().formatHex(digest.digest()));
        }
    }

    /**
     * Discards the export but stops at a quarter, half and three quarters of it for a full GC, to
     * see how much heap the export in progress keeps alive.
     */
    private static final class CheckpointStream extends OutputStream {
        private final long expected;
        private final long baseline;
        private long bytes;
        private int next = 1;
        private long maxLive;

        CheckpointStream(long expected) {
            this.expected = expected;
            this.baseline = HeapWatch.usedAfterGc();
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            if (next <= 3 && bytes >= expected * next / 4) {
                next++;
                maxLive = Math.max(maxLive, HeapWatch.usedAfterGc() - baseline);
            }
        }

        long liveGrowth() {
            return maxLive;
        }
    }
}

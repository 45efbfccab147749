package com.clientele.bench;

import com.clientele.base.Phones;
import com.clientele.booking.BookingFigures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a platform's worth of providers, customers, bookings, reviews, activity and no-show
 * rules and bulk-loads it with {@code LOAD DATA LOCAL INFILE}. The SPEC 3 figures and the SPEC 11
 * reliability counts of every relation are computed here while its bookings are generated and
 * loaded with it; {@link com.clientele.booking.FigureCheck} then recomputes them from the loaded
 * bookings and reviews in SQL, so the two must agree.
 *
 * <p>Ids follow creation time, as they would in production: bookings, relations and customers of
 * all providers are interleaved in the tables, not stored provider by provider. Everything is drawn
 * from a seeded random source; only "now" differs between runs. New rows get ids above the largest
 * existing ones, so it can add a dataset to a database that already holds data (the smoke test).
 */
final class DatasetGenerator {

    private static final Logger log = LoggerFactory.getLogger(DatasetGenerator.class);

    static final String PASSWORD = "bench-password-2026";
    /** The busy provider's staff members (SPEC §10), each with an account. */
    static final int BUSY_STAFF = 3;
    /** The share of the busy provider's bookings assigned to a staff member. */
    static final double ASSIGNED = 0.7;
    /** The share of a customer's assigned bookings served by their usual staff member, not another. */
    static final double USUAL_STAFF = 0.9;
    private static final long DAY = 86_400L;
    static final int ACTIVITY_DAYS = 180;
    /** Every generated provider's cut-off for a late cancellation (SPEC 11): the schema's default. */
    /** Every generated business keeps the default cut-off (no row in no_show_setting). */
    static final int LATE_CANCELLATION_HOURS = com.clientele.booking.NoShowRules.DEFAULT_CUTOFF_HOURS;
    /**
     * The share of cancellations drawn to be made less than the cut-off before the start. Bookings
     * made less than a day ahead (about 7 %) can only be cancelled late, so about a fifth are late.
     */
    static final double LATE_CANCELLED = 0.14;
    /**
     * The busy provider's no-show rules (SPEC §11), as a salon would set them: counts, threshold,
     * days, action, days blocked (0 unless a block for a number of days).
     */
    static final List<Rule> BUSY_RULES = List.of(new Rule("NO_SHOWS", 3, 90, "BLOCK_FOR", 30),
            new Rule("LATE_CANCELLATIONS", 2, 60, "FLAG", 0), new Rule("EITHER", 5, 365, "BLOCK", 0));
    /** The rule of every hundredth other provider (the second, the 102nd, …). */
    static final Rule OTHER_RULE = new Rule("NO_SHOWS", 3, 90, "FLAG", 0);
    private static final DateTimeFormatter SUMMARY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    /** What was generated, and how to find the benchmark's subjects in it. */
    record Dataset(String adminEmail, String busyEmail, long busyProviderId, long heavyCustomerId,
            long firstProviderId, long lastProviderId, long providers, long customers, long relations, long bookings,
            long reviews, long activityEvents, Duration duration) {

        List<Long> providerIds() {
            return Stream.iterate(firstProviderId, id -> id <= lastProviderId, id -> id + 1).toList();
        }

        /** The sign-in of the busy provider's first staff member, from 1 to {@link #BUSY_STAFF}. */
        String staffEmail(int number) {
            return DatasetGenerator.staffEmail(busyEmail, number);
        }
    }

    /** The busy provider's staff members sign in as {@code staff-<n>@}, beside {@code busy@}. */
    static String staffEmail(String busyEmail, int number) {
        return "staff-" + number + busyEmail.substring(busyEmail.indexOf('@'));
    }

    /** A row of {@code no_show_rule}: what it counts, how many within how many days, what it does. */
    record Rule(String counts, int threshold, int withinDays, String action, int blockDays) {
    }

    private record Service(String name, int minutes, long cents) {
    }

    private record Market(String zone, String currency, String country) {
    }

    private static final List<Market> MARKETS = List.of(new Market("Europe/London", "GBP", "GB"),
            new Market("America/New_York", "USD", "US"), new Market("Europe/Berlin", "EUR", "DE"),
            new Market("Europe/Dublin", "EUR", "IE"), new Market("America/Chicago", "USD", "US"));
    private static final List<String> KINDS = List.of("Hair Studio", "Barbers", "Beauty", "Tutoring", "Cleaning",
            "Physio", "Massage", "Nails", "Fitness", "Dog Grooming");
    private static final List<Service> SERVICES = List.of(new Service("Cut & finish", 45, 4800),
            new Service("Colour", 120, 11500), new Service("Blow-dry", 30, 3200), new Service("Balayage", 180, 18500),
            new Service("Beard trim", 20, 1800), new Service("Lesson", 60, 6500), new Service("Exam prep", 90, 11000),
            new Service("Standard clean", 120, 7900), new Service("Deep clean", 240, 18900),
            new Service("Sports massage", 60, 7000), new Service("Manicure", 45, 3500),
            new Service("Personal training", 60, 5500), new Service("Assessment", 30, 4000));
    private static final List<String> BLOCK_REASONS = List.of("Three no-shows in a row without notice",
            "Abusive messages to staff", "Unpaid invoice from the last visit", "Repeated late cancellations");
    private static final List<String> NOTES = List.of("Prefers morning appointments. Allergic to lavender products.",
            "Usually pays by card. Likes a quiet session.", "Referred by a friend; offer the loyalty discount next time.",
            "Call before arriving: the doorbell does not work.", "Wants reminders by text message, not e-mail.");
    private static final List<String> COMMENTS = List.of("Great as always!", "Very professional, thank you.",
            "Punctual and friendly.", "Started late.", "Not quite what I wanted.");

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String passwordHash;
    private final long now;

    /**
     * @param jdbcUrl a URL of the database; {@code allowLocalInfile=true} is added
     * @param user a database user allowed to turn {@code local_infile} on (the embedded server's root)
     * @param passwordHash the stored form of {@link #PASSWORD}, shared by every generated account
     */
    DatasetGenerator(String jdbcUrl, String user, String password, String passwordHash, Instant now) {
        this.jdbcUrl = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "allowLocalInfile=true";
        this.user = user;
        this.password = password;
        this.passwordHash = passwordHash;
        this.now = now.getEpochSecond();
    }

    /** @param tag makes the e-mail addresses of this dataset unique, e.g. {@code bench} */
    Dataset generate(BenchScale scale, String tag) {
        long began = System.nanoTime();
        Path dir;
        try {
            dir = Files.createTempDirectory("clientele-dataset-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExecutorService loaders = Executors.newFixedThreadPool(2);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            Ids ids = new Ids(connection);
            Model model = new Model(scale, tag, ids);
            model.build();
            log.info("Dataset of {} bookings modelled in {} ms; writing and loading", model.bookingCount,
                    (System.nanoTime() - began) / 1_000_000);
            // Each file is loaded while the next one is written; the tables are independent while the
            // foreign key checks are off, so two load at once. Only the bookings wait for the relations
            // to commit: the booking table's triggers copy each staff member's customers' figures.
            List<Future<?>> loads = new ArrayList<>();
            java.util.Map<String, Future<?>> byTable = new java.util.HashMap<>();
            // The server refuses LOAD DATA LOCAL INFILE (a client could be made to upload any file it
            // can read); the loader allows it for the duration of its own load only.
            setLocalInfile(connection, true);
            try {
                model.write(dir, file -> {
                    String table = tableOf(file);
                    if (table.equals("booking")) {
                        awaitLoad(byTable.get("provider_customer"));
                    }
                    Future<?> load = loaders.submit(() -> load(file));
                    loads.add(load);
                    byTable.put(table, load);
                });
                for (Future<?> load : loads) {
                    load.get();
                }
            } finally {
                setLocalInfile(connection, false);
            }
            analyze(connection, model.tables());
            Duration total = Duration.ofNanos(System.nanoTime() - began);
            return new Dataset(model.adminEmail(), model.busyEmail(), ids.provider + 1,
                    ids.customer + model.customerIdOf(model.heavyCustomer), ids.provider + 1,
                    ids.provider + scale.providers(), scale.providers(), model.customerCount, model.relationCount,
                    model.bookingCount, model.reviewCount, model.activityCount, total);
        } catch (SQLException | ExecutionException e) {
            throw new IllegalStateException("Loading the dataset failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } finally {
            loaders.shutdownNow();
            deleteQuietly(dir);
        }
    }

    private static String tableOf(Tsv file) {
        return file.path().getFileName().toString().replace(".tsv", "");
    }

    private static void awaitLoad(Future<?> load) {
        try {
            load.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Loading the relations failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private void load(Tsv file) {
        long began = System.nanoTime();
        String table = tableOf(file);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            // Right by construction; without the checks InnoDB takes its bulk path for an empty table.
            statement.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            connection.setAutoCommit(false);
            statement.execute("LOAD DATA LOCAL INFILE '" + file.path() + "' INTO TABLE " + table
                    + " CHARACTER SET utf8mb4 (" + Model.COLUMNS.get(table) + ")");
            connection.commit();
            log.info("Loaded {} rows into {} in {} ms", file.rows(), table, (System.nanoTime() - began) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("Loading " + table + " failed", e);
        }
    }

    private static void setLocalInfile(Connection connection, boolean on) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET GLOBAL local_infile = " + (on ? 1 : 0));
        }
    }

    private static void analyze(Connection connection, List<String> tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("ANALYZE TABLE " + table);
            }
        }
    }

    /** The largest id of each table before this dataset. */
    private static final class Ids {
        final long account;
        final long provider;
        final long member;
        final long customer;
        final long relation;
        final long booking;
        final long review;
        final long activity;
        final long rule;

        Ids(Connection connection) throws SQLException {
            account = max(connection, "account");
            provider = max(connection, "provider");
            member = max(connection, "member");
            customer = max(connection, "customer");
            relation = max(connection, "provider_customer");
            booking = max(connection, "booking");
            review = max(connection, "review");
            activity = max(connection, "activity_event");
            rule = max(connection, "no_show_rule");
        }

        private static long max(Connection connection, String table) throws SQLException {
            try (Statement statement = connection.createStatement();
                    var rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The dataset in primitive arrays: a few hundred bytes per relation, a few dozen per booking. */
    private final class Model {

        static final java.util.Map<String, String> COLUMNS = java.util.Map.of(
                "account", "id, email, password_hash, role, enabled, failed_logins, password_change_required, created_at",
                "provider", "id, account_id, business_name, time_zone, currency, country, created_at",
                "member", "id, provider_id, account_id, name, email, team_role, created_at",
                "customer", "id, full_name, email, phone, created_at",
                "provider_customer", "id, provider_id, customer_id, name, email, phone, search_text, favorite, blocked,"
                        + " blocked_reason, blocked_at, notes, total_bookings, completed_bookings, cancelled_count,"
                        + " no_show_count, total_spent, first_booking_at, last_booking_at, next_booking_at, rating_sum,"
                        + " rating_count, attended_recent, no_show_recent, late_cancellation_count,"
                        + " reliability_window_ends_at, created_at, updated_at",
                "booking", "id, provider_id, customer_id, service_name, starts_at, duration_minutes, price, status,"
                        + " cancelled_at, created_at, updated_at, staff_member_id",
                "review", "id, booking_id, provider_id, customer_id, rating, comment, created_at",
                "activity_event", "id, provider_id, customer_id, type, summary, actor, occurred_at",
                "no_show_rule", "id, provider_id, counts, threshold, within_days, action, block_days, created_at,"
                        + " created_by");

        private static final byte PENDING = 0;
        private static final byte CONFIRMED = 1;
        private static final byte COMPLETED = 2;
        private static final byte CANCELLED = 3;
        private static final byte NO_SHOW = 4;
        private static final String[] STATUS = {"PENDING", "CONFIRMED", "COMPLETED", "CANCELLED", "NO_SHOW"};

        final BenchScale scale;
        final String tag;
        final Ids ids;
        final Random random;
        final long start;

        // people
        String[] firstNames;
        String[] lastNames;
        int customerCount;
        int[] first;
        int[] last;
        String[] phone;
        String[] phoneDigits;
        boolean[] hasEmail;
        long[] customerCreated;
        int[] customerRank;
        int heavyCustomer;

        // providers
        Market[] market;
        Service[][] menu;
        String[] businessName;

        // relations
        int relationCount;
        int[] relProvider;
        int[] relCustomer;
        int[] relStart; // index of the relation's first booking
        int[] relBookings;
        long[] relCreated;
        int[] relRank;

        // bookings, grouped by relation
        int bookingCount;
        int[] bookingStart;
        int[] bookingCreated;
        byte[] bookingStatus;
        byte[] bookingService;
        int[] bookingCancelled; // when a cancelled booking was cancelled; 0 for the others
        byte[] rating;
        int[] reviewAt;
        int[] bookingRank;
        long reviewCount;
        long activityCount;

        Model(BenchScale scale, String tag, Ids ids) {
            this.scale = scale;
            this.tag = tag;
            this.ids = ids;
            this.random = new Random(scale.seed());
            this.start = now - scale.years() * 365L * DAY;
        }

        String adminEmail() {
            return "admin@" + tag + ".clientele.test";
        }

        String busyEmail() {
            return "busy@" + tag + ".clientele.test";
        }

        String providerEmail(int p) {
            return p == 0 ? busyEmail() : String.format(Locale.ROOT, "provider-%04d@%s.clientele.test", p + 1, tag);
        }

        long customerIdOf(int customer) {
            return customerRank[customer] + 1L;
        }

        void build() {
            names();
            people();
            providers();
            relations();
            bookings();
            cancellations();
            order();
        }

        private void names() {
            Faker faker = new Faker(Locale.UK, new Random(scale.seed()));
            Set<String> firsts = new LinkedHashSet<>();
            Set<String> lasts = new LinkedHashSet<>();
            for (int i = 0; i < 20_000 && (firsts.size() < 300 || lasts.size() < 600); i++) {
                firsts.add(faker.name().firstName());
                lasts.add(faker.name().lastName());
            }
            firstNames = firsts.stream().limit(300).toArray(String[]::new);
            lastNames = lasts.stream().limit(600).toArray(String[]::new);
        }

        private void people() {
            customerCount = scale.customers();
            first = new int[customerCount];
            last = new int[customerCount];
            phone = new String[customerCount];
            phoneDigits = new String[customerCount];
            hasEmail = new boolean[customerCount];
            double[] firstWeights = zipf(firstNames.length);
            double[] lastWeights = zipf(lastNames.length);
            for (int c = 0; c < customerCount; c++) {
                first[c] = pick(firstWeights);
                last[c] = pick(lastWeights);
                hasEmail[c] = random.nextDouble() < 0.95;
                if (random.nextDouble() < 0.9) {
                    phone[c] = phoneNumber();
                    phoneDigits[c] = Phones.searchDigits(phone[c]);
                }
            }
        }

        private String phoneNumber() {
            double roll = random.nextDouble();
            if (roll < 0.7) {
                return "+447" + (400_000_000 + random.nextInt(599_999_999));
            }
            if (roll < 0.9) {
                int[] areas = {201, 212, 305, 312, 415, 617, 646, 718, 917};
                return "+1" + areas[random.nextInt(areas.length)] + (2_000_000 + random.nextInt(7_999_999));
            }
            return "+4915" + (1 + random.nextInt(7)) + (10_000_000 + random.nextInt(89_999_999));
        }

        private void providers() {
            int count = scale.providers();
            market = new Market[count];
            menu = new Service[count][];
            businessName = new String[count];
            for (int p = 0; p < count; p++) {
                market[p] = p == 0 ? MARKETS.getFirst() : MARKETS.get(random.nextInt(MARKETS.size()));
                List<Service> services = new ArrayList<>(SERVICES);
                java.util.Collections.shuffle(services, random);
                menu[p] = services.subList(0, 5).toArray(Service[]::new);
                businessName[p] = p == 0 ? "Northside Hair & Beauty"
                        : lastNames[random.nextInt(lastNames.length)] + " " + KINDS.get(random.nextInt(KINDS.size()));
            }
        }

        /** The busy provider gets its customers first; every other customer books with at least one provider. */
        private void relations() {
            int[] people = permutation(customerCount);
            int busy = scale.busyCustomers();
            int otherBookings = scale.bookings() - scale.busyBookings();
            int others = customerCount - busy;
            int otherRelations = Math.min(otherBookings, Math.max(others, Math.round(otherBookings / 8f)));
            relationCount = busy + otherRelations;
            relProvider = new int[relationCount];
            relCustomer = new int[relationCount];
            Set<Long> taken = new HashSet<>(relationCount * 2);
            for (int r = 0; r < busy; r++) {
                relProvider[r] = 0;
                relCustomer[r] = people[r];
            }
            // the other providers differ in size: weights from 0.2 to 1.8
            double[] weights = new double[scale.providers() - 1];
            for (int p = 0; p < weights.length; p++) {
                weights[p] = 0.2 + 1.6 * random.nextDouble();
            }
            double[] cumulative = cumulative(weights);
            int r = busy;
            for (int i = busy; i < customerCount; i++, r++) {
                relProvider[r] = 1 + pick(cumulative);
                relCustomer[r] = people[i];
                taken.add(key(relProvider[r], relCustomer[r]));
            }
            while (r < relationCount) {
                int p = 1 + pick(cumulative);
                int c = random.nextInt(customerCount);
                if (taken.add(key(p, c))) {
                    relProvider[r] = p;
                    relCustomer[r] = c;
                    r++;
                }
            }
        }

        private long key(int provider, int customer) {
            return (long) provider * customerCount + customer;
        }

        private void bookings() {
            relBookings = new int[relationCount];
            int busy = scale.busyCustomers();
            int heavyRelation = random.nextInt(busy);
            heavyCustomer = relCustomer[heavyRelation];
            spread(0, busy, scale.busyBookings(), heavyRelation);
            // the other providers' bookings in proportion to their customers, at least one per customer
            int[][] byProvider = relationsByProvider(busy);
            int otherRelations = relationCount - busy;
            long extra = scale.bookings() - scale.busyBookings() - otherRelations;
            long given = 0;
            for (int p = 1; p < byProvider.length; p++) {
                long share = extra * byProvider[p].length / otherRelations;
                given += share;
                spreadOver(byProvider[p], (int) (byProvider[p].length + share), -1);
            }
            for (long left = extra - given; left > 0; ) {
                int r = busy + random.nextInt(otherRelations);
                relBookings[r]++;
                left--;
            }
            relStart = new int[relationCount];
            for (int i = 0, at = 0; i < relationCount; i++) {
                relStart[i] = at;
                at += relBookings[i];
                bookingCount = at;
            }
            bookingStart = new int[bookingCount];
            bookingCreated = new int[bookingCount];
            bookingStatus = new byte[bookingCount];
            bookingService = new byte[bookingCount];
            rating = new byte[bookingCount];
            reviewAt = new int[bookingCount];
            relCreated = new long[relationCount];
            for (int i = 0; i < relationCount; i++) {
                timeline(i, i == heavyRelation);
            }
        }

        private int[][] relationsByProvider(int from) {
            int[] counts = new int[scale.providers()];
            for (int r = from; r < relationCount; r++) {
                counts[relProvider[r]]++;
            }
            int[][] lists = new int[scale.providers()][];
            for (int p = 0; p < lists.length; p++) {
                lists[p] = new int[counts[p]];
                counts[p] = 0;
            }
            for (int r = from; r < relationCount; r++) {
                lists[relProvider[r]][counts[relProvider[r]]++] = r;
            }
            return lists;
        }

        private void spread(int from, int to, int bookings, int heavy) {
            int[] relations = new int[to - from];
            for (int i = 0; i < relations.length; i++) {
                relations[i] = from + i;
            }
            spreadOver(relations, bookings, heavy);
        }

        /**
         * A quarter of the customers book once, 30 % two to four times, the rest are regulars who
         * share what is left; the heavy customer gets exactly {@code heavyCustomerBookings}.
         */
        private void spreadOver(int[] relations, int bookings, int heavy) {
            if (relations.length == 0) {
                return;
            }
            int left = bookings;
            List<Integer> regulars = new ArrayList<>();
            int others = 0;
            for (int r : relations) {
                if (r == heavy) {
                    relBookings[r] = scale.heavyCustomerBookings();
                    left -= relBookings[r];
                    continue;
                }
                others++;
                double roll = random.nextDouble();
                if (roll < 0.25) {
                    relBookings[r] = 1;
                } else if (roll < 0.55) {
                    relBookings[r] = 2 + random.nextInt(3);
                } else {
                    regulars.add(r);
                    continue;
                }
                left -= relBookings[r];
            }
            if (regulars.isEmpty() || left < 5 * regulars.size()) {
                int total = bookings - (heavy >= 0 ? scale.heavyCustomerBookings() : 0);
                int i = 0;
                for (int r : relations) {
                    if (r != heavy) {
                        relBookings[r] = total / others + (i++ < total % others ? 1 : 0);
                    }
                }
                return;
            }
            double[] weights = new double[regulars.size()];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                weights[i] = -Math.log(1 - random.nextDouble());
                sum += weights[i];
            }
            int extra = left - 5 * regulars.size();
            int given = 0;
            for (int i = 0; i < weights.length; i++) {
                int share = (int) (extra * weights[i] / sum);
                relBookings[regulars.get(i)] = 5 + share;
                given += share;
            }
            for (int i = 0; i < extra - given; i++) {
                relBookings[regulars.get(random.nextInt(regulars.size()))]++;
            }
        }

        /** The relation's bookings: between its first visit and now, sometimes one ahead. */
        private void timeline(int relation, boolean heavy) {
            int count = relBookings[relation];
            long span = now - start;
            long since = heavy ? start + random.nextInt(30) * DAY
                    : now - Math.max((long) (span * random.nextDouble()), Math.min(span, count * 7L * DAY));
            boolean ahead = random.nextDouble() < 0.3;
            Service[] services = menu[relProvider[relation]];
            long created = Long.MAX_VALUE;
            for (int k = 0; k < count; k++) {
                int b = relStart[relation] + k;
                long at = ahead && k == count - 1 ? now + (long) (random.nextDouble() * 21 * DAY)
                        : since + (long) ((now - since) * random.nextDouble());
                at -= Math.floorMod(at, 1800L);
                int service = random.nextInt(services.length);
                byte status;
                if (at > now) {
                    status = random.nextDouble() < 0.8 ? CONFIRMED : PENDING;
                } else {
                    double roll = random.nextDouble();
                    status = roll < 0.84 ? COMPLETED : roll < 0.94 ? CANCELLED : NO_SHOW;
                }
                long made = Math.min(now, at - (long) (random.nextDouble() * 14 * DAY));
                bookingStart[b] = offset(at);
                bookingCreated[b] = offset(made);
                bookingStatus[b] = status;
                bookingService[b] = (byte) service;
                if (status == COMPLETED && random.nextDouble() < 0.3) {
                    rating[b] = rating();
                    reviewAt[b] = offset(Math.min(now, at + DAY + (long) (random.nextDouble() * 3 * DAY)));
                    reviewCount++;
                }
                created = Math.min(created, made);
            }
            relCreated[relation] = created;
        }

        /**
         * When each cancelled booking was cancelled, relative to its start and after it was made:
         * about a fifth less than the cut-off before the start ({@link #LATE_CANCELLED}, and every
         * booking made too close to its start to be cancelled earlier), the others at least an hour
         * more ahead of it; never after now. A random source of its own, so the rest of the dataset
         * is the same as without cancellation times.
         */
        private void cancellations() {
            Random draws = new Random(scale.seed() + 2);
            long cutoff = LATE_CANCELLATION_HOURS * 3600L;
            bookingCancelled = new int[bookingCount];
            for (int b = 0; b < bookingCount; b++) {
                if (bookingStatus[b] != CANCELLED) {
                    continue;
                }
                long at = epoch(bookingStart[b]);
                long made = epoch(bookingCreated[b]);
                long latestEarly = at - cutoff - 3600;
                long cancelled;
                if (draws.nextDouble() < LATE_CANCELLED || latestEarly < made) {
                    cancelled = Math.max(made, at - 60 - draws.nextLong(cutoff - 120));
                } else {
                    cancelled = made + draws.nextLong(latestEarly - made + 1);
                }
                bookingCancelled[b] = offset(Math.min(now, cancelled));
            }
        }

        private byte rating() {
            double roll = random.nextDouble();
            return (byte) (roll < 0.45 ? 5 : roll < 0.75 ? 4 : roll < 0.87 ? 3 : roll < 0.94 ? 2 : 1);
        }

        /** Ids in order of creation: bookings, relations and customers of all providers interleave. */
        private void order() {
            bookingRank = ranks(bookingCount, i -> bookingCreated[i]);
            relRank = ranks(relationCount, i -> offset(relCreated[i]));
            customerCreated = new long[customerCount];
            Arrays.fill(customerCreated, Long.MAX_VALUE);
            for (int r = 0; r < relationCount; r++) {
                customerCreated[relCustomer[r]] = Math.min(customerCreated[relCustomer[r]], relCreated[r]);
            }
            customerRank = ranks(customerCount, i -> offset(customerCreated[i]));
        }

        private int offset(long epochSecond) {
            return (int) (epochSecond - start + 60 * DAY);
        }

        private long epoch(int offset) {
            return offset + start - 60 * DAY;
        }

        List<String> tables() {
            return List.of("account", "provider", "member", "customer", "provider_customer", "booking", "review",
                    "activity_event", "staff_customer", "no_show_rule");
        }

        /** Writes the files one after the other, handing each to {@code written} when complete. */
        void write(Path dir, java.util.function.Consumer<Tsv> written) {
            long began = System.nanoTime();
            written.accept(accounts(dir));
            written.accept(providerRows(dir));
            written.accept(ruleRows(dir));
            written.accept(memberRows(dir));
            written.accept(customers(dir));
            written.accept(relationRows(dir));
            written.accept(bookingRows(dir));
            written.accept(reviews(dir));
            written.accept(activity(dir));
            log.info("Files written in {} ms", (System.nanoTime() - began) / 1_000_000);
        }

        private Tsv accounts(Path dir) {
            try (Tsv tsv = new Tsv(dir.resolve("account.tsv"))) {
                for (int p = 0; p < scale.providers(); p++) {
                    tsv.number(ids.account + p + 1).text(providerEmail(p)).text(passwordHash).text("PROVIDER")
                            .bool(true).number(0).bool(false).time(start - DAY).end();
                }
                tsv.number(ids.account + scale.providers() + 1).text(adminEmail()).text(passwordHash).text("ADMIN")
                        .bool(true).number(0).bool(false).time(start - DAY).end();
                for (int s = 1; s <= BUSY_STAFF; s++) {
                    tsv.number(staffAccountId(s)).text(staffEmail(busyEmail(), s)).text(passwordHash).text("PROVIDER")
                            .bool(true).number(0).bool(false).time(start - DAY).end();
                }
                return tsv;
            }
        }

        private long staffAccountId(int number) {
            return ids.account + scale.providers() + 1 + number;
        }

        private long staffMemberId(int number) {
            return ids.member + scale.providers() + number;
        }

        private Tsv providerRows(Path dir) {
            try (Tsv tsv = new Tsv(dir.resolve("provider.tsv"))) {
                for (int p = 0; p < scale.providers(); p++) {
                    tsv.number(ids.provider + p + 1).number(ids.account + p + 1).text(businessName[p])
                            .text(market[p].zone()).text(market[p].currency()).text(market[p].country())
                            .time(start - DAY).end();
                }
                return tsv;
            }
        }

        /**
         * The no-show rules (SPEC §11): {@link #BUSY_RULES} for the busy provider, {@link #OTHER_RULE}
         * for every hundredth other one. Made by the owner at generation time: a rule acts only on a
         * no-show or late cancellation recorded after it was made, so no generated customer is flagged
         * or blocked by one, whatever their counts.
         */
        private Tsv ruleRows(Path dir) {
            try (Tsv tsv = new Tsv(dir.resolve("no_show_rule.tsv"))) {
                long id = ids.rule;
                for (int p = 0; p < scale.providers(); p++) {
                    List<Rule> rules = p == 0 ? BUSY_RULES : p % 100 == 1 ? List.of(OTHER_RULE) : List.of();
                    for (Rule rule : rules) {
                        tsv.number(++id).number(ids.provider + p + 1).text(rule.counts()).number(rule.threshold())
                                .number(rule.withinDays()).text(rule.action()).number(rule.blockDays()).time(now)
                                .text(businessName[p]).end();
                    }
                }
                return tsv;
            }
        }

        /** Each business's account is its owner (SPEC §10); the busy provider also has its staff members. */
        private Tsv memberRows(Path dir) {
            try (Tsv tsv = new Tsv(dir.resolve("member.tsv"))) {
                for (int p = 0; p < scale.providers(); p++) {
                    tsv.number(ids.member + p + 1).number(ids.provider + p + 1).number(ids.account + p + 1)
                            .text(businessName[p]).text(providerEmail(p)).text("OWNER").time(start - DAY).end();
                }
                for (int s = 1; s <= BUSY_STAFF; s++) {
                    tsv.number(staffMemberId(s)).number(ids.provider + 1).number(staffAccountId(s))
                            .text(firstNames[s] + " " + lastNames[s]).text(staffEmail(busyEmail(), s)).text("STAFF")
                            .time(start - DAY).end();
                }
                return tsv;
            }
        }

        /**
         * Who serves each of the busy provider's bookings: {@link #ASSIGNED} of them a staff member,
         * mostly the customer's usual one, as clients keep to their stylist; the rest, and every
         * other provider's, nobody (0). A random source of its own, so the rest of the dataset is
         * the same as without staff.
         */
        private int[] staffOfBookings(int[] relation) {
            Random draws = new Random(scale.seed() + 1);
            int[] usual = new int[relationCount];
            for (int r = 0; r < relationCount; r++) {
                usual[r] = 1 + draws.nextInt(BUSY_STAFF);
            }
            int[] staff = new int[bookingCount];
            for (int b = 0; b < bookingCount; b++) {
                int r = relation[b];
                if (relProvider[r] == 0 && draws.nextDouble() < ASSIGNED) {
                    staff[b] = draws.nextDouble() < USUAL_STAFF ? usual[r] : 1 + draws.nextInt(BUSY_STAFF);
                }
            }
            return staff;
        }

        private String name(int customer) {
            return firstNames[first[customer]] + " " + lastNames[last[customer]];
        }

        private String email(int customer) {
            if (!hasEmail[customer]) {
                return null;
            }
            return ascii(firstNames[first[customer]]) + "." + ascii(lastNames[last[customer]]) + "."
                    + (customerIdOf(customer) + ids.customer) + "@" + tag + ".example.com";
        }

        private Tsv customers(Path dir) {
            int[] byRank = inverse(customerRank);
            try (Tsv tsv = new Tsv(dir.resolve("customer.tsv"))) {
                for (int c : byRank) {
                    tsv.number(ids.customer + customerIdOf(c)).text(name(c)).text(email(c)).text(phone[c])
                            .time(customerCreated[c]).end();
                }
                return tsv;
            }
        }

        private Tsv relationRows(Path dir) {
            int[] byRank = inverse(relRank);
            try (Tsv tsv = new Tsv(dir.resolve("provider_customer.tsv"))) {
                for (int r : byRank) {
                    int c = relCustomer[r];
                    String name = name(c);
                    String email = email(c);
                    String search = String.join(" ", name, email == null ? "" : email,
                            phoneDigits[c] == null ? "" : phoneDigits[c]).strip();
                    Figures f = figures(r);
                    // the busy provider's first relations make sure every status occurs
                    boolean favorite = random.nextDouble() < 0.03 | r == 1;
                    boolean blocked = (random.nextDouble() < 0.015 | r == 2) && c != heavyCustomer;
                    tsv.number(ids.relation + relRank[r] + 1).number(ids.provider + relProvider[r] + 1)
                            .number(ids.customer + customerIdOf(c)).text(name).text(email).text(phone[c]).text(search)
                            .bool(favorite).bool(blocked);
                    if (blocked) {
                        tsv.text(BLOCK_REASONS.get(random.nextInt(BLOCK_REASONS.size())))
                                .time(Math.min(now, f.last == Long.MIN_VALUE ? now : f.last + DAY));
                    } else {
                        tsv.nul().nul();
                    }
                    tsv.text(random.nextDouble() < 0.1 ? NOTES.get(random.nextInt(NOTES.size())) : null)
                            .number(f.total).number(f.completed).number(f.cancelled).number(f.noShow).cents(f.spentCents);
                    if (f.first == Long.MAX_VALUE) {
                        tsv.nul();
                    } else {
                        tsv.time(f.first);
                    }
                    if (f.last == Long.MIN_VALUE) {
                        tsv.nul();
                    } else {
                        tsv.time(f.last);
                    }
                    if (f.next == Long.MAX_VALUE) {
                        tsv.nul();
                    } else {
                        tsv.time(f.next);
                    }
                    tsv.number(f.ratingSum).number(f.ratingCount).number(f.attendedRecent).number(f.noShowRecent)
                            .number(f.lateRecent);
                    if (f.earliestCounted == Long.MAX_VALUE) {
                        tsv.nul();
                    } else {
                        tsv.time(f.windowEndsAt());
                    }
                    tsv.time(relCreated[r]).time(now).end();
                }
                return tsv;
            }
        }

        private final class Figures {
            int total;
            int completed;
            int cancelled;
            int noShow;
            long spentCents;
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            long next = Long.MAX_VALUE;
            int ratingSum;
            int ratingCount;
            int attendedRecent;
            int noShowRecent;
            int lateRecent;
            long earliestCounted = Long.MAX_VALUE;

            /** When the earliest booking counted by the reliability leaves its window. */
            long windowEndsAt() {
                return BookingFigures.leavesWindow(Instant.ofEpochSecond(earliestCounted)).getEpochSecond();
            }
        }

        /**
         * The figures as {@link BookingFigures} defines them at generation time, the reliability's
         * counts over the bookings starting after {@link BookingFigures#windowStart}: completed,
         * no-shows and cancellations made less than the cut-off before the start.
         */
        private Figures figures(int relation) {
            Figures f = new Figures();
            Service[] services = menu[relProvider[relation]];
            long windowStart = BookingFigures.windowStart(Instant.ofEpochSecond(now)).getEpochSecond();
            long cutoff = LATE_CANCELLATION_HOURS * 3600L;
            for (int b = relStart[relation]; b < relStart[relation] + relBookings[relation]; b++) {
                byte status = bookingStatus[b];
                long at = epoch(bookingStart[b]);
                boolean counted = at > windowStart;
                if (status == CANCELLED) {
                    f.cancelled++;
                    if (counted && bookingCancelled[b] != 0 && epoch(bookingCancelled[b]) > at - cutoff) {
                        f.lateRecent++;
                        f.earliestCounted = Math.min(f.earliestCounted, at);
                    }
                    continue;
                }
                f.total++;
                f.first = Math.min(f.first, at);
                if (at <= now) {
                    f.last = Math.max(f.last, at);
                } else {
                    f.next = Math.min(f.next, at);
                }
                if (status == COMPLETED) {
                    f.completed++;
                    f.spentCents += services[bookingService[b]].cents();
                } else if (status == NO_SHOW) {
                    f.noShow++;
                }
                if (counted && (status == COMPLETED || status == NO_SHOW)) {
                    f.earliestCounted = Math.min(f.earliestCounted, at);
                    if (status == COMPLETED) {
                        f.attendedRecent++;
                    } else {
                        f.noShowRecent++;
                    }
                }
                if (rating[b] > 0) {
                    f.ratingSum += rating[b];
                    f.ratingCount++;
                }
            }
            return f;
        }

        private int[] relationOfBooking() {
            int[] relation = new int[bookingCount];
            for (int r = 0; r < relationCount; r++) {
                Arrays.fill(relation, relStart[r], relStart[r] + relBookings[r], r);
            }
            return relation;
        }

        private Tsv bookingRows(Path dir) {
            int[] relation = relationOfBooking();
            int[] staff = staffOfBookings(relation);
            try (Tsv tsv = new Tsv(dir.resolve("booking.tsv"))) {
                for (int b : inverse(bookingRank)) {
                    int r = relation[b];
                    Service service = menu[relProvider[r]][bookingService[b]];
                    long at = epoch(bookingStart[b]);
                    long made = epoch(bookingCreated[b]);
                    byte status = bookingStatus[b];
                    // a cancelled booking last changed when it was cancelled
                    long updated = status == CANCELLED ? epoch(bookingCancelled[b])
                            : status == COMPLETED || status == NO_SHOW
                                    ? Math.max(made, Math.min(now, at + service.minutes() * 60L)) : made;
                    tsv.number(ids.booking + bookingRank[b] + 1).number(ids.provider + relProvider[r] + 1)
                            .number(ids.customer + customerIdOf(relCustomer[r])).text(service.name()).time(at)
                            .number(service.minutes()).cents(service.cents()).text(STATUS[status]);
                    if (status == CANCELLED) {
                        tsv.time(epoch(bookingCancelled[b]));
                    } else {
                        tsv.nul();
                    }
                    tsv.time(made).time(updated);
                    if (staff[b] == 0) {
                        tsv.nul().end();
                    } else {
                        tsv.number(staffMemberId(staff[b])).end();
                    }
                }
                return tsv;
            }
        }

        private Tsv reviews(Path dir) {
            int[] relation = relationOfBooking();
            int[] reviewed = java.util.stream.IntStream.range(0, bookingCount).filter(b -> rating[b] > 0)
                    .boxed().sorted(Comparator.comparingInt((Integer b) -> reviewAt[b]).thenComparingInt(b -> b))
                    .mapToInt(Integer::intValue).toArray();
            try (Tsv tsv = new Tsv(dir.resolve("review.tsv"))) {
                long id = ids.review;
                for (int b : reviewed) {
                    int r = relation[b];
                    tsv.number(++id).number(ids.booking + bookingRank[b] + 1).number(ids.provider + relProvider[r] + 1)
                            .number(ids.customer + customerIdOf(relCustomer[r])).number(rating[b])
                            .text(random.nextBoolean() ? COMMENTS.get(random.nextInt(COMMENTS.size())) : null)
                            .time(epoch(reviewAt[b])).end();
                }
                return tsv;
            }
        }

        /**
         * One event per booking made and per review posted, as the write path records them: the
         * busy provider's whole history, the last {@link #ACTIVITY_DAYS} days of the others (no
         * measured query reads further back than the newest events of one provider or customer).
         */
        private Tsv activity(Path dir) {
            int[] relation = relationOfBooking();
            int since = offset(now - ACTIVITY_DAYS * DAY);
            // events: booking b created = 2b, review of booking b = 2b + 1; sorted by time
            long[] events = new long[bookingCount + (int) reviewCount];
            int n = 0;
            for (int b = 0; b < bookingCount; b++) {
                boolean all = relProvider[relation[b]] == 0;
                if (all || bookingCreated[b] >= since) {
                    events[n++] = ((long) bookingCreated[b] << 32) | (2L * b);
                }
                if (rating[b] > 0 && (all || reviewAt[b] >= since)) {
                    events[n++] = ((long) reviewAt[b] << 32) | (2L * b + 1);
                }
            }
            events = Arrays.copyOf(events, n);
            Arrays.sort(events);
            ZoneId[] zones = Arrays.stream(market).map(m -> ZoneId.of(m.zone())).toArray(ZoneId[]::new);
            try (Tsv tsv = new Tsv(dir.resolve("activity_event.tsv"))) {
                long id = ids.activity;
                for (long event : events) {
                    int code = (int) (event & 0xffff_ffffL);
                    int b = code >>> 1;
                    int r = relation[b];
                    int p = relProvider[r];
                    Service service = menu[p][bookingService[b]];
                    tsv.number(++id).number(ids.provider + p + 1).number(ids.customer + customerIdOf(relCustomer[r]));
                    if ((code & 1) == 0) {
                        byte status = bookingStatus[b];
                        String suffix = status == COMPLETED || status == CANCELLED || status == NO_SHOW
                                ? " (" + STATUS[status].toLowerCase(Locale.ROOT).replace('_', '-') + ")" : "";
                        tsv.text("BOOKING_CREATED").text(service.name() + " on "
                                + SUMMARY_TIME.format(Instant.ofEpochSecond(epoch(bookingStart[b])).atZone(zones[p]))
                                + suffix).text(providerEmail(p)).time(epoch(bookingCreated[b])).end();
                    } else {
                        tsv.text("REVIEW_POSTED").text(rating[b] + "★ for " + service.name())
                                .text(providerEmail(p)).time(epoch(reviewAt[b])).end();
                    }
                }
                activityCount = tsv.rows();
                return tsv;
            }
        }

        private double[] zipf(int size) {
            double[] weights = new double[size];
            for (int i = 0; i < size; i++) {
                weights[i] = 1.0 / (i + 20);
            }
            return cumulative(weights);
        }

        private double[] cumulative(double[] weights) {
            double[] cumulative = new double[weights.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
            for (int i = 0; i < weights.length; i++) {
                cumulative[i] /= sum;
            }
            return cumulative;
        }

        private int pick(double[] cumulative) {
            int at = Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(at >= 0 ? at + 1 : -at - 1, cumulative.length - 1);
        }

        private int[] permutation(int size) {
            int[] values = new int[size];
            for (int i = 0; i < size; i++) {
                values[i] = i;
            }
            for (int i = size - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = values[i];
                values[i] = values[j];
                values[j] = swap;
            }
            return values;
        }
    }

    /** The rank of each element when sorted by key, ties by index. */
    private static int[] ranks(int size, java.util.function.IntToLongFunction key) {
        long[] keyed = new long[size];
        for (int i = 0; i < size; i++) {
            keyed[i] = (key.applyAsLong(i) << 32) | i;
        }
        Arrays.sort(keyed);
        int[] rank = new int[size];
        for (int i = 0; i < size; i++) {
            rank[(int) (keyed[i] & 0xffff_ffffL)] = i;
        }
        return rank;
    }

    /** The element at each rank. */
    private static int[] inverse(int[] rank) {
        int[] element = new int[rank.length];
        for (int i = 0; i < rank.length; i++) {
            element[rank[i]] = i;
        }
        return element;
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.debug("Could not delete {}", dir, e);
        }
    }
}

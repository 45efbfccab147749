package com.clientele.demo;

import com.clientele.base.HistoryClock;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.booking.NewRule;
import com.clientele.booking.NoShowRules;
import com.clientele.booking.RuleAction;
import com.clientele.booking.RuleCounts;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.CustomerService;
import com.clientele.provider.AccountBootstrap;
import com.clientele.base.Language;
import com.clientele.provider.AccountPreferences;
import com.clientele.provider.MemberAccounts;
import com.clientele.provider.NewProvider;
import com.clientele.provider.ProviderAccountService;
import com.clientele.security.RunAs;
import com.clientele.webhook.WebhookEndpointRequest;
import com.clientele.webhook.WebhookEventType;
import com.clientele.webhook.WebhookService;
import com.clientele.webhook.WebhookSettings;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data for the embedded database, created on the first start only (never in production):
 * one admin, three providers, their customers, bookings and reviews over the last 18 months.
 * Everything goes through the same service methods as real writes, so every figure is right by
 * construction, and each step as of the time it stands for, so the timelines read like eighteen
 * months of use ({@link HistoryClock}). A fixed seed makes it repeatable; dates are relative to the day it runs. It is
 * all-or-nothing ({@link #seedInOneTransaction}), and it runs before the application reports itself
 * ready, so nobody signs in to a half-made demo.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = {"app.demo-data.enabled", "app.embedded-db.enabled"}, havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final long SEED = 20_261_125L;
    private static final int HISTORY_DAYS = 540;
    private static final Duration REVIEWED_AFTER = Duration.ofHours(3);
    private static final int DAYS_PER_VISIT = 14;

    private final AccountBootstrap bootstrap;
    private final ProviderAccountService providerAccounts;
    private final AccountPreferences preferences;
    private final MemberAccounts memberAccounts;
    private final BookingService bookings;
    private final CustomerService customers;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int customerCount;
    private final WebhookService webhooks;
    private final WebhookSettings webhookSettings;
    private final NoShowRules rules;
    private final DemoDuplicates duplicates;
    @PersistenceContext
    private EntityManager entityManager;

    DemoData(AccountBootstrap bootstrap, ProviderAccountService providerAccounts, AccountPreferences preferences,
            MemberAccounts memberAccounts, BookingService bookings, CustomerService customers, RunAs runAs, TransactionTemplate transaction, Clock clock,
            DemoDataSettings settings, WebhookService webhooks, WebhookSettings webhookSettings, NoShowRules rules,
            DemoDuplicates duplicates) {
        this.rules = rules;
        this.duplicates = duplicates;
        this.webhooks = webhooks;
        this.webhookSettings = webhookSettings;
        this.bootstrap = bootstrap;
        this.providerAccounts = providerAccounts;
        this.preferences = preferences;
        this.memberAccounts = memberAccounts;
        this.bookings = bookings;
        this.customers = customers;
        this.runAs = runAs;
        this.transaction = transaction;
        this.clock = clock;
        this.customerCount = settings.customers();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (bootstrap.adminExists()) {
            return; // seeded on an earlier start: the admin is written in the same transaction as the rest
        }
        long began = System.nanoTime();
        int bookingCount = seedInOneTransaction(DemoProvider.ALL, customerCount, () -> { });
        log.info("Demo data: {} customers and {} bookings created in {} s", customerCount, bookingCount,
                (System.nanoTime() - began) / 1_000_000_000);
    }

    /**
     * The whole demo in one transaction: a start stopped half-way (Ctrl+C, a crash) leaves nothing
     * behind, so the next start seeds it completely. The persistence context is emptied after each
     * customer to keep the one long transaction as fast as many short ones.
     *
     * @param afterEachCustomer called after every customer (tests interrupt the seeding with it)
     * @return the number of bookings created
     */
    int seedInOneTransaction(List<DemoProvider> providers, int customers, Runnable afterEachCustomer) {
        return transaction.execute(tx -> {
            bootstrap.createFirstAdmin(DemoAccounts.ADMIN_EMAIL, DemoAccounts.ADMIN_PASSWORD);
            Random random = new Random(SEED);
            Map<DemoProvider, List<Long>> stylists = new HashMap<>();
            runAs.run(DemoAccounts.ADMIN_EMAIL, () -> providers.forEach(provider -> stylists.put(provider,
                    team(provider, providerAccounts.createProvider(new NewProvider(provider.businessName(),
                            provider.email(), provider.timeZone(), provider.currency(), provider.country(),
                            DemoAccounts.PROVIDER_PASSWORD)).providerId()))));
            // The Berlin business reads German, everyone else English, whatever their browser says.
            runAs.run(DemoAccounts.ADMIN_EMAIL, () -> preferences.changeOwnLanguage(Language.ENGLISH));
            providers.forEach(provider -> runAs.run(provider.email(),
                    () -> preferences.changeOwnLanguage(Language.of(provider.locale()))));
            int bookingCount = 0;
            for (DemoProvider provider : providers) {
                int count = (int) Math.round(customers * provider.shareOfCustomers());
                List<Long> serving = stylists.get(provider);
                bookingCount += runAs.call(provider.email(),
                        () -> seed(provider, serving, count, random, afterEachCustomer));
            }
            if (providers.stream().anyMatch(provider -> provider.email().equals(DemoAccounts.PROVIDER_EMAIL))) {
                runAs.run(DemoAccounts.PROVIDER_EMAIL, this::webhook);
                runAs.run(DemoAccounts.PROVIDER_EMAIL, duplicates::seed);
            }
            return bookingCount;
        });
    }

    /**
     * Glow Hair Studio's webhook endpoint, so the webhooks page shows one: to a receiver on this
     * machine, turned off, so the demo sends nothing. Only where endpoints may be local
     * ({@code app.webhooks.allow-private-addresses}, on for development).
     */
    private void webhook() {
        if (!webhookSettings.allowPrivateAddresses()) {
            log.info("Demo data: no webhook endpoint, app.webhooks.allow-private-addresses is off");
            return;
        }
        webhooks.create(new WebhookEndpointRequest(DemoAccounts.WEBHOOK_URL, "Demo receiver (turned off)",
                EnumSet.allOf(WebhookEventType.class), false));
    }

    /** The business's team besides its owner, who joins as the admin made them; the stylists' member ids. */
    private List<Long> team(DemoProvider provider, long providerId) {
        List<Long> stylists = new ArrayList<>();
        for (DemoMember member : provider.team()) {
            long memberId = memberAccounts.join(providerId, member.name(), member.email(), member.role(),
                    DemoAccounts.PROVIDER_PASSWORD).getId();
            runAs.run(member.email(), () -> preferences.changeOwnLanguage(Language.of(provider.locale())));
            if (member.serves()) {
                stylists.add(memberId);
            }
        }
        return stylists;
    }

    private int seed(DemoProvider provider, List<Long> stylists, int count, Random random, Runnable afterEachCustomer) {
        Faker faker = new Faker(provider.locale(), new Random(random.nextLong()));
        // its own sequence, so that the customers, their contacts and bookings are the same with or without a team
        Random staffing = new Random(SEED + count);
        // the business's no-show rules, in place before the history (SPEC 11): they act as it unfolds
        HistoryClock.asOf(clock.instant().minus(HISTORY_DAYS + 30, ChronoUnit.DAYS), () -> List.of(
                rules.create(new NewRule(RuleCounts.NO_SHOWS, 3, 180, RuleAction.BLOCK_FOR, 30)),
                rules.create(new NewRule(RuleCounts.LATE_CANCELLATIONS, 2, 90, RuleAction.FLAG, null))));
        int bookingCount = 0;
        for (int i = 0; i < count; i++) {
            Long usual = stylists.isEmpty() ? null : stylists.get(staffing.nextInt(stylists.size()));
            bookingCount += seedCustomer(provider, i, faker, random, new Staffing(stylists, usual, staffing));
            entityManager.flush();
            entityManager.clear();
            afterEachCustomer.run();
        }
        return bookingCount;
    }

    /**
     * One customer's history, written in the order it happened and each step as of its own time
     * ({@link HistoryClock}): a visit when it ended, a booking still to come half its distance from
     * now before now (a booking three weeks ahead was made ten days ago), a review a few hours after
     * the visit, favourite, block and notes after the last of those. The customer's figures come out as of now: every visit written started before
     * the last step, every booking to come starts after now.
     */
    private int seedCustomer(DemoProvider provider, int index, Faker faker, Random random, Staffing staffing) {
        String first = faker.name().firstName();
        String last = faker.name().lastName();
        String email = index % 11 == 7 ? null : (ascii(first) + "." + ascii(last) + index + "@example.com");
        var contact = new CustomerContact(first + " " + last, email, provider.phone(random));
        int bookingTotal = bookingCount(random);
        Instant realNow = clock.instant();
        Instant now = realNow.truncatedTo(ChronoUnit.HOURS);
        // a customer's visits are two weeks apart on average at most: thirty visits take over a year
        int days = Math.min(HISTORY_DAYS, Math.max(random.nextInt(HISTORY_DAYS) + 1, bookingTotal * DAYS_PER_VISIT));
        Instant since = now.minus(days, ChronoUnit.DAYS);
        List<Step> steps = new ArrayList<>();
        for (int n = 0; n < bookingTotal; n++) {
            Instant start = startTime(provider.zoneId(), since, now, random, n == bookingTotal - 1);
            DemoProvider.Service service = provider.services().get(random.nextInt(provider.services().size()));
            BookingStatus status = status(start, now, random);
            Instant end = start.plus(service.minutes(), ChronoUnit.MINUTES);
            if (status == BookingStatus.CANCELLED || status == BookingStatus.NO_SHOW) {
                // booked ahead, then called off (one in five less than a day before) or missed, as it happened
                Instant made = start.minus(3 + random.nextInt(12), ChronoUnit.DAYS);
                Instant outcome = status == BookingStatus.NO_SHOW ? end
                        : random.nextDouble() < 0.2 ? start.minus(1 + random.nextInt(20), ChronoUnit.HOURS)
                        : start.minus(2 + random.nextInt(5), ChronoUnit.DAYS);
                steps.add(new Step(earliest(made, realNow), n, service, start, BookingStatus.CONFIRMED, 0, null));
                steps.add(new Step(earliest(outcome, realNow), n, service, start, status, Step.OUTCOME, null));
                continue;
            }
            Instant at = start.isAfter(now) ? now.minus(Duration.between(now, start).dividedBy(2)) : end;
            Step booking = new Step(earliest(at, realNow), n, service, start, status, 0, null);
            steps.add(booking);
            if (status == BookingStatus.COMPLETED && random.nextDouble() < 0.4) {
                int rating = random.nextDouble() < 0.75 ? 4 + random.nextInt(2) : 1 + random.nextInt(3);
                steps.add(new Step(earliest(end.plus(REVIEWED_AFTER), realNow), n, service, start, status, rating,
                        provider.comment(rating, random)));
            }
        }
        steps.sort(Comparator.comparing(Step::at));
        BookingRef ref = null;
        Map<Integer, Long> bookingIds = new HashMap<>();
        int written = 0;
        boolean blocked = false;
        for (Step step : steps) {
            Long bookingId = bookingIds.get(step.booking());
            if (step.rating() == Step.OUTCOME) {
                if (bookingId != null) {
                    HistoryClock.asOf(step.at(), () -> {
                        bookings.changeStatus(bookingId, step.status());
                        return bookingId;
                    });
                    // a rule may block the customer at this no-show or late cancellation
                    long relationId = ref.relationId();
                    blocked = customers.details(relationId).blocked();
                }
                continue;
            }
            if (step.rating() > 0) {
                if (bookingId != null) {
                    HistoryClock.asOf(step.at(), () -> bookings.recordReview(bookingId, step.rating(), step.comment()));
                }
                continue;
            }
            if (blocked) {
                continue; // blocked by a rule: no more bookings
            }
            NewBooking booking = (ref == null
                    ? NewBooking.forNewCustomer(contact, step.service().name(), step.start(), step.service().minutes(),
                            step.service().price(), step.status())
                    : NewBooking.forCustomer(ref.customerId(), step.service().name(), step.start(),
                            step.service().minutes(), step.service().price(), step.status()))
                    .withStaffMember(staffing.next());
            BookingRef created = HistoryClock.asOf(step.at(), () -> bookings.create(booking));
            bookingIds.put(step.booking(), created.bookingId());
            ref = ref == null ? created : ref;
            written++;
        }
        if (ref != null) {
            long relationId = ref.relationId();
            Instant after = earliest(steps.getLast().at().plus(REVIEWED_AFTER), realNow);
            HistoryClock.asOf(after, () -> relationExtras(provider, relationId, index, random));
        }
        return written;
    }

    /**
     * One write of a customer's history: a booking ({@code rating} 0), the review of booking number
     * {@code booking}, or its outcome recorded ({@code rating} {@link #OUTCOME}: cancelled or no-show).
     */
    private record Step(Instant at, int booking, DemoProvider.Service service, Instant start, BookingStatus status,
            int rating, String comment) {

        static final int OUTCOME = -1;
    }

    /**
     * Who serves a customer's bookings: mostly their usual stylist, now and then the other one, and
     * some bookings nobody in particular (taken by the front desk for whoever is free).
     */
    private record Staffing(List<Long> stylists, Long usual, Random random) {

        Long next() {
            if (usual == null) {
                return null;
            }
            double roll = random.nextDouble();
            if (roll < 0.15) {
                return null;
            }
            return roll < 0.9 ? usual : stylists.get(random.nextInt(stylists.size()));
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Spread so that every status appears: favourites, blocks and notes on fixed positions. */
    private void relationExtras(DemoProvider provider, long relationId, int index, Random random) {
        if (index % 17 == 3) {
            customers.setFavorite(relationId, true);
        }
        if (index % 29 == 5) {
            // every other block ends by itself in a few weeks (SPEC 11)
            Instant until = index % 58 == 5 ? null
                    : clock.instant().plus(14 + random.nextInt(30), ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
            if (!customers.details(relationId).blocked()) {
                customers.block(relationId, provider.blockReason(random), until);
            }
        }
        if (index % 41 == 12) {
            customers.exemptFromRules(relationId, provider.exemptionReason(random));
        }
        if (index % 8 == 1) {
            var details = customers.details(relationId);
            customers.updateNotes(relationId, provider.note(random),
                    details.version());
        }
    }

    /** 25 % one booking, 30 % two to four, 45 % regulars with five to thirty-five. */
    private static int bookingCount(Random random) {
        double roll = random.nextDouble();
        if (roll < 0.25) {
            return 1;
        }
        if (roll < 0.55) {
            return 2 + random.nextInt(3);
        }
        return 5 + random.nextInt(31);
    }

    private static Instant startTime(ZoneId zone, Instant since, Instant now, Random random, boolean mayBeFuture) {
        long spanDays = Math.max(1, ChronoUnit.DAYS.between(since, now));
        long day = random.nextLong(spanDays + (mayBeFuture && random.nextDouble() < 0.3 ? 21 : 0));
        ZonedDateTime date = since.plus(day, ChronoUnit.DAYS).atZone(zone).truncatedTo(ChronoUnit.DAYS);
        return date.withHour(9 + random.nextInt(9)).withMinute(random.nextBoolean() ? 0 : 30).toInstant();
    }

    private static BookingStatus status(Instant start, Instant now, Random random) {
        if (start.isAfter(now)) {
            return random.nextDouble() < 0.8 ? BookingStatus.CONFIRMED : BookingStatus.PENDING;
        }
        double roll = random.nextDouble();
        if (roll < 0.84) {
            return BookingStatus.COMPLETED;
        }
        return roll < 0.94 ? BookingStatus.CANCELLED : BookingStatus.NO_SHOW;
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

}

package com.clientele.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.activity.ActivityEntry;
import com.clientele.activity.ActivityType;
import com.clientele.base.ConflictException;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.booking.BookingHistory;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.FigureCheck;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerStatistics;
import com.clientele.customer.CustomerStats;
import com.clientele.customer.CustomerTimeline;
import com.clientele.merge.MergeChoices.Pick;
import com.clientele.messaging.MessageService;
import com.clientele.messaging.NewMessage;
import com.clientele.webhook.WebhookEndpointRequest;
import com.clientele.webhook.WebhookEventType;
import com.clientele.webhook.WebhookService;
import com.clientele.booking.imports.ImportFile;
import com.clientele.booking.imports.ImportKind;
import com.clientele.booking.imports.ImportMode;
import com.clientele.booking.imports.ImportService;
import com.clientele.booking.imports.ImportSummary;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * SPEC 12's merge and undo on the real database: everything moves to the survivor and every
 * figure is recomputed, the other business's view of the same person is untouched, an undo brings
 * both back exactly while what came later stays, and every bad request is refused whole.
 */
@IntegrationTest
class MergeServiceTest {

    @Autowired
    TestData data;
    @Autowired
    MergeService merges;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerStatistics statistics;
    @Autowired
    BookingService bookings;
    @Autowired
    BookingHistory history;
    @Autowired
    MessageService messages;
    @Autowired
    CustomerTimeline timeline;
    @Autowired
    FigureCheck check;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebhookService webhooks;
    @Autowired
    JsonMapper json;
    @Autowired
    ImportService imports;

    record Pair(TestProvider provider, BookingRef kept, BookingRef other) {
    }

    /** Ann (two visits, a review, notes, a favourite) and Annie (a no-show, blocked, notes, a message). */
    private Pair pair() {
        TestProvider provider = data.newProvider();
        String tag = provider.id() + "@example.com";
        BookingRef ann = book(provider, new CustomerContact("Ann Lee", "ann-" + tag, null), BookingStatus.COMPLETED, 40);
        long annVisit = book(provider, new CustomerContact("Ann Lee", "ann-" + tag, null), BookingStatus.COMPLETED, 20)
                .bookingId();
        data.as(provider, () -> {
            bookings.recordReview(annVisit, 5, "Lovely");
            customers.setFavorite(ann.relationId(), true);
            customers.updateNotes(ann.relationId(), "Likes tea", customers.details(ann.relationId()).version());
        });
        BookingRef annie = book(provider, new CustomerContact("Annie Lee", "annie-" + tag, "+447700900555"),
                BookingStatus.COMPLETED, 60);
        book(provider, new CustomerContact("Annie Lee", "annie-" + tag, null), BookingStatus.NO_SHOW, 30);
        data.as(provider, () -> {
            customers.updateNotes(annie.relationId(), "Allergic to ammonia",
                    customers.details(annie.relationId()).version());
            customers.block(annie.relationId(), "Missed twice", null);
            messages.send(annie.customerId(), new NewMessage("Your visit", "See you soon"));
        });
        return new Pair(provider, ann, annie);
    }

    private BookingRef book(TestProvider provider, CustomerContact contact, BookingStatus status, int daysAgo) {
        return data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(contact, "Cut",
                Instant.now().minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), 45,
                new BigDecimal("40.00"), status)));
    }

    @Test
    void aMergeMovesEverythingRecomputesTheFiguresAndLeavesOtherBusinessesAlone() {
        Pair pair = pair();
        TestProvider provider = pair.provider();
        // another business knows Annie by the same e-mail: its view must not change
        TestProvider elsewhere = data.newProvider();
        BookingRef there = book(elsewhere, new CustomerContact("Annie L.", "annie-" + provider.id() + "@example.com",
                null), BookingStatus.COMPLETED, 10);
        CustomerDetails elsewhereBefore = data.as(elsewhere, () -> customers.details(there.relationId()));
        CustomerStats statsBefore = data.as(provider, statistics::stats);

        CustomerDetails merged = data.as(provider, () -> merges.merge(pair.kept().relationId(),
                pair.other().relationId(), new MergeChoices(Pick.SURVIVOR, Pick.OTHER, Pick.SURVIVOR)));

        assertThat(merged.relationId()).isEqualTo(pair.kept().relationId());
        assertThat(merged.name()).isEqualTo("Ann Lee");
        assertThat(merged.email()).as("the other's e-mail, as picked").startsWith("annie-");
        assertThat(merged.phone()).as("the survivor had none: the other's").isEqualTo("+447700900555");
        assertThat(merged.totalBookings()).isEqualTo(4);
        assertThat(merged.completedBookings()).isEqualTo(3);
        assertThat(merged.noShowCount()).isEqualTo(1);
        assertThat(merged.ratingCount()).isEqualTo(1);
        assertThat(merged.favorite()).isTrue();
        assertThat(merged.blocked()).as("a blocked one stays blocked").isTrue();
        assertThat(merged.blockedReason()).isEqualTo("Missed twice");
        assertThat(merged.notes()).startsWith("Likes tea\n\n— Notes of Annie Lee, merged on ")
                .endsWith(" —\nAllergic to ammonia");
        assertThat(data.as(provider, () -> messages.forCustomer(pair.kept().customerId()))).hasSize(1);
        assertThat(data.as(provider, () -> history.bookings(pair.kept().customerId(), 0, 10))).hasSize(4);
        List<ActivityEntry> events = data.as(provider, () -> timeline.forCustomer(pair.kept().customerId(), 50));
        assertThat(events).extracting(ActivityEntry::type).contains(ActivityType.MERGED, ActivityType.BLOCKED,
                ActivityType.MESSAGE_SENT, ActivityType.REVIEW_POSTED);
        assertThat(events.getFirst().summary()).isEqualTo("Merged with Annie Lee");

        assertThatThrownBy(() -> data.as(provider, () -> customers.details(pair.other().relationId())))
                .isInstanceOfSatisfying(NotFoundException.class, gone -> assertThat(gone.hints())
                        .containsEntry("merged_into", pair.kept().relationId()));
        CustomerStats statsAfter = data.as(provider, statistics::stats);
        assertThat(statsAfter.totalCustomers()).isEqualTo(statsBefore.totalCustomers() - 1);
        assertThat(data.asAdmin(() -> check.checkProvider(provider.id())).isClean()).isTrue();
        assertThat(data.as(elsewhere, () -> customers.details(there.relationId()))).isEqualTo(elsewhereBefore);
    }

    @Test
    void anUndoBringsBothBackExactlyAndWhatCameLaterStaysWithTheSurvivor() {
        Pair pair = pair();
        TestProvider provider = pair.provider();
        CustomerDetails keptBefore = data.as(provider, () -> customers.details(pair.kept().relationId()));
        CustomerDetails otherBefore = data.as(provider, () -> customers.details(pair.other().relationId()));
        CustomerStats statsBefore = data.as(provider, statistics::stats);
        data.as(provider, () -> merges.merge(pair.kept().relationId(), pair.other().relationId(),
                new MergeChoices(Pick.OTHER, Pick.OTHER, Pick.OTHER)));
        // after the merge: the block (Annie's) lifted, a visit for the survivor, and one booked with the
        // merged-away e-mail
        data.as(provider, () -> customers.unblock(pair.kept().relationId()));
        BookingRef later = data.as(provider, () -> bookings.create(NewBooking.forCustomer(pair.kept().customerId(),
                "Colour", Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), 60,
                new BigDecimal("80.00"), BookingStatus.COMPLETED)));
        BookingRef byOldEmail = book(provider, new CustomerContact("Annie Lee", "annie-" + provider.id()
                + "@example.com", null), BookingStatus.COMPLETED, 1);
        assertThat(byOldEmail.relationId()).as("booked onto the survivor, not a new duplicate")
                .isEqualTo(pair.kept().relationId());
        MergeRecord merge = data.as(provider, () -> merges.history(0, 10)).getFirst();
        assertThat(merge.undoable(Instant.now())).isTrue();

        MergeRecord undone = data.as(provider, () -> merges.undo(merge.id()));

        assertThat(undone.undoneAt()).isNotNull();
        assertThat(undone.undoneBy()).isEqualTo(provider.email());
        CustomerDetails otherAfter = data.as(provider, () -> customers.details(pair.other().relationId()));
        assertThat(otherAfter).as("exactly as before the merge").isEqualTo(otherBefore);
        CustomerDetails keptAfter = data.as(provider, () -> customers.details(pair.kept().relationId()));
        assertThat(keptAfter.name()).isEqualTo(keptBefore.name());
        assertThat(keptAfter.email()).isEqualTo(keptBefore.email());
        assertThat(keptAfter.phone()).isNull();
        assertThat(keptAfter.notes()).isEqualTo("Likes tea");
        assertThat(keptAfter.blocked()).isFalse();
        assertThat(keptAfter.totalBookings()).as("its two, and the two made after the merge")
                .isEqualTo(keptBefore.totalBookings() + 2);
        assertThat(data.as(provider, () -> history.bookings(pair.kept().customerId(), 0, 10)))
                .extracting(booking -> booking.bookingId()).contains(later.bookingId(), byOldEmail.bookingId());
        assertThat(data.as(provider, () -> messages.forCustomer(pair.other().customerId()))).hasSize(1);
        assertThat(data.as(provider, () -> timeline.forCustomer(pair.other().customerId(), 50)))
                .extracting(ActivityEntry::type).contains(ActivityType.UNMERGED, ActivityType.BLOCKED);
        assertThat(data.as(provider, statistics::stats).totalCustomers()).isEqualTo(statsBefore.totalCustomers());
        assertThat(data.asAdmin(() -> check.checkProvider(provider.id())).isClean()).isTrue();

        assertThatThrownBy(() -> data.as(provider, () -> merges.undo(merge.id())))
                .isInstanceOf(ConflictException.class).hasMessage("merge.error.undone-already");
    }

    @Test
    void aMergeAndItsUndoReachWebhooksAsCustomerMergedAndUnmerged() {
        Pair pair = pair();
        TestProvider provider = pair.provider();
        long endpoint = data.as(provider, () -> webhooks.create(new WebhookEndpointRequest("https://127.0.0.1:9/merges",
                null, Set.of(WebhookEventType.CUSTOMER_MERGED, WebhookEventType.CUSTOMER_UNMERGED), true)))
                .endpoint().id();
        data.as(provider, () -> merges.merge(pair.kept().relationId(), pair.other().relationId(), MergeChoices.DEFAULT));
        long mergeId = data.as(provider, () -> merges.history(0, 1)).getFirst().id();
        data.as(provider, () -> merges.undo(mergeId));

        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries(endpoint).size() == 3);
        assertThat(deliveries(endpoint)).containsExactlyInAnyOrder(
                "customer.merged " + pair.kept().relationId(),
                "customer.unmerged " + pair.kept().relationId(),
                "customer.unmerged " + pair.other().relationId());
    }

    /** Each delivery of the endpoint as "type relation id" (the id of the customer in its body). */
    private List<String> deliveries(long endpoint) {
        return jdbc.sql("SELECT event_type, body FROM webhook_delivery WHERE endpoint_id = :endpoint")
                .param("endpoint", endpoint)
                .query((rs, row) -> rs.getString("event_type") + " "
                        + json.readTree(rs.getString("body")).get("data").get("id").asLong())
                .list();
    }

    @Test
    void theMergedAwayPersonIsBookedOntoTheSurvivorByEmailOrByTheirOldPhone() {
        TestProvider provider = data.newProvider();
        String tag = provider.id() + "@example.com";
        BookingRef pat = book(provider, new CustomerContact("Pat Kim", "pat-" + tag, "+447700900111"),
                BookingStatus.COMPLETED, 30);
        BookingRef other = book(provider, new CustomerContact("Pat Kim", "patk-" + tag, "+447700900222"),
                BookingStatus.COMPLETED, 20);
        data.as(provider, () -> merges.merge(pat.relationId(), other.relationId(), MergeChoices.DEFAULT));

        BookingRef byPhone = book(provider, new CustomerContact("Pat", null, "+44 7700 900222"),
                BookingStatus.COMPLETED, 2);
        BookingRef byEmail = book(provider, new CustomerContact("Pat K.", "PATK-" + tag, null), BookingStatus.COMPLETED, 1);
        // an import matches the same way, many contacts at once
        String csv = "name,email,phone\nPat,,+44 7700 900222\nPat K.,patk-" + tag + ",\n";
        ImportSummary imported = data.as(provider, () -> {
            ImportFile file = imports.read(ImportKind.CUSTOMERS, "customers.csv", csv.getBytes(StandardCharsets.UTF_8));
            try {
                return imports.start(file, file.guessedMapping(), ImportMode.SKIP_INVALID, (done, total) -> {
                }).get(1, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(List.of(byPhone.relationId(), byEmail.relationId())).containsOnly(pat.relationId());
        assertThat(byPhone.newCustomer()).isFalse();
        assertThat(imported.newCustomers()).isZero();
        assertThat(data.as(provider, statistics::stats).totalCustomers()).isEqualTo(1);
        assertThat(data.as(provider, () -> customers.details(pat.relationId())).totalBookings()).isEqualTo(4);
    }

    @Test
    void badMergesAreRefusedAndWriteNothing() {
        Pair pair = pair();
        TestProvider provider = pair.provider();
        long kept = pair.kept().relationId();
        assertThatThrownBy(() -> data.as(provider, () -> merges.merge(kept, kept, MergeChoices.DEFAULT)))
                .isInstanceOf(InvalidInputException.class);
        TestProvider stranger = data.newProvider();
        assertThatThrownBy(() -> data.as(stranger, () -> merges.merge(kept, pair.other().relationId(),
                MergeChoices.DEFAULT))).as("another business's customers").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.as(provider, () -> merges.merge(kept, Long.MAX_VALUE, MergeChoices.DEFAULT)))
                .isInstanceOf(NotFoundException.class);
        // notes that would not fit together: refused, nothing moved
        data.as(provider, () -> customers.updateNotes(kept, "x".repeat(9_000), customers.details(kept).version()));
        data.as(provider, () -> customers.updateNotes(pair.other().relationId(), "y".repeat(2_000),
                customers.details(pair.other().relationId()).version()));
        assertThatThrownBy(() -> data.as(provider, () -> merges.merge(kept, pair.other().relationId(),
                MergeChoices.DEFAULT))).isInstanceOf(InvalidInputException.class);
        assertThat(data.as(provider, () -> customers.details(pair.other().relationId())).totalBookings()).isEqualTo(2);
        assertThat(data.as(provider, () -> merges.history(0, 10))).isEmpty();
        assertThatThrownBy(() -> data.as(data.newMember(provider, com.clientele.provider.TeamRole.STAFF),
                () -> merges.merge(kept, pair.other().relationId(), MergeChoices.DEFAULT)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void twoMergesOfOnePairAtOnceOneWinsTheOtherHearsOfTheConflict() throws Exception {
        Pair pair = pair();
        TestProvider provider = pair.provider();
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> mergeIt = () -> {
            start.await();
            try {
                data.as(provider, () -> merges.merge(pair.kept().relationId(), pair.other().relationId(),
                        MergeChoices.DEFAULT));
                return "merged";
            } catch (ConflictException e) {
                return e.getMessage();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>(List.of(pool.submit(mergeIt), pool.submit(mergeIt)));
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("merged", "merge.error.merged-already");
        } finally {
            pool.shutdownNow();
        }
        assertThat(data.as(provider, () -> merges.history(0, 10))).hasSize(1);
        assertThat(data.asAdmin(() -> check.checkProvider(provider.id())).isClean()).isTrue();
    }

    @Test
    void anUndoIsRefusedAfterItsWindowAndWhileTheSurvivorIsMergedIntoAnother() {
        Pair pair = pair();
        TestProvider provider = pair.provider();
        data.as(provider, () -> merges.merge(pair.kept().relationId(), pair.other().relationId(), MergeChoices.DEFAULT));
        MergeRecord first = data.as(provider, () -> merges.history(0, 1)).getFirst();
        BookingRef third = book(provider, new CustomerContact("Ann Leigh", "leigh-" + provider.id() + "@example.com",
                null), BookingStatus.COMPLETED, 3);
        data.as(provider, () -> merges.merge(third.relationId(), pair.kept().relationId(), MergeChoices.DEFAULT));

        assertThatThrownBy(() -> data.as(provider, () -> merges.undo(first.id())))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("merge.error.survivor-merged");
        MergeRecord second = data.as(provider, () -> merges.history(0, 1)).getFirst();
        jdbc.sql("UPDATE customer_merge SET undo_until = :past WHERE id = :id")
                .param("past", java.time.LocalDateTime.now().minusDays(1)).param("id", second.id()).update();
        assertThatThrownBy(() -> data.as(provider, () -> merges.undo(second.id())))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("merge.error.window-passed");
        assertThatThrownBy(() -> data.as(data.newProvider(), () -> merges.undo(second.id())))
                .isInstanceOf(NotFoundException.class);
    }
}

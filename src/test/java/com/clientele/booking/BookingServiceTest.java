package com.clientele.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.base.ConflictException;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.i18n.English;
import com.clientele.customer.CustomerBlockedException;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerStatus;
import com.clientele.booking.TeamMembers.TeamMate;
import com.clientele.provider.TeamRole;
import com.clientele.activity.ActivityEntry;
import com.clientele.activity.ActivityLog;
import com.clientele.activity.ActivityType;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.MessageSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The booking write path keeps every SPEC 3 figure and the status exact. */
@IntegrationTest
class BookingServiceTest {

    private static final Instant DAY = Instant.parse("2026-03-10T10:00:00Z");

    @Autowired
    TestData data;
    @Autowired
    BookingService bookings;
    @Autowired
    CustomerService customers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TeamMembers team;
    @Autowired
    BookingQueries queries;
    @Autowired
    ActivityLog activity;
    @Autowired
    MessageSource messages;

    TestProvider provider;

    @BeforeEach
    void newProvider() {
        provider = data.newProvider();
    }

    @Test
    void firstBookingMakesANewCustomerWithItsFigures() {
        BookingRef ref = book(null, "Ada Lovelace", "Ada@Example.com ", DAY, "40.00", BookingStatus.CONFIRMED);

        CustomerDetails ada = details(ref);
        assertThat(ref.newCustomer()).isTrue();
        assertThat(ada.email()).isEqualTo("ada@example.com");
        assertThat(ada.status()).isEqualTo(CustomerStatus.NEW);
        assertThat(ada.totalBookings()).isEqualTo(1);
        assertThat(ada.completedBookings()).isZero();
        assertThat(ada.totalSpent()).isEqualByComparingTo("0");
        assertThat(ada.firstBookingAt()).isEqualTo(DAY);
        assertThat(ada.lastBookingAt()).isEqualTo(DAY);
        assertThat(ada.averageRating()).isNull();
    }

    @Test
    void sameEmailIsTheSameCustomer() {
        BookingRef first = book(null, "Ada Lovelace", "ada@example.com", DAY, "40.00", BookingStatus.CONFIRMED);
        BookingRef second = book(null, "Ada L.", "ADA@EXAMPLE.COM", DAY.plusSeconds(3600), "40.00",
                BookingStatus.CONFIRMED);

        assertThat(second.customerId()).isEqualTo(first.customerId());
        assertThat(second.newCustomer()).isFalse();
        assertThat(details(second).totalBookings()).isEqualTo(2);
        assertThat(details(second).name()).as("the provider's name for the customer stays").isEqualTo("Ada Lovelace");
    }

    @Test
    void statusFollowsTheBookingCount() {
        BookingRef ref = book(null, "Grace Hopper", "grace@example.com", DAY, "10.00", BookingStatus.COMPLETED);
        assertThat(details(ref).status()).isEqualTo(CustomerStatus.NEW);

        book(ref.customerId(), null, null, DAY.plus(1, ChronoUnit.DAYS), "10.00", BookingStatus.COMPLETED);
        assertThat(details(ref).status()).isEqualTo(CustomerStatus.RETURNING);

        for (int i = 2; i < 4; i++) {
            book(ref.customerId(), null, null, DAY.plus(i, ChronoUnit.DAYS), "10.00", BookingStatus.COMPLETED);
        }
        assertThat(details(ref).status()).as("four bookings").isEqualTo(CustomerStatus.RETURNING);

        book(ref.customerId(), null, null, DAY.plus(9, ChronoUnit.DAYS), "10.00", BookingStatus.CONFIRMED);
        assertThat(details(ref).status()).as("five bookings").isEqualTo(CustomerStatus.REGULAR);
    }

    @Test
    void cancelledBookingsCountOnlyAsCancellations() {
        BookingRef ref = book(null, "Alan Turing", "alan@example.com", DAY, "50.00", BookingStatus.COMPLETED);
        book(ref.customerId(), null, null, DAY.minus(30, ChronoUnit.DAYS), "70.00", BookingStatus.CANCELLED);
        book(ref.customerId(), null, null, DAY.plus(30, ChronoUnit.DAYS), "70.00", BookingStatus.CANCELLED);
        BookingRef noShow = book(ref.customerId(), null, null, DAY.plus(5, ChronoUnit.DAYS), "20.00",
                BookingStatus.NO_SHOW);

        CustomerDetails alan = details(ref);
        assertThat(alan.totalBookings()).isEqualTo(2);
        assertThat(alan.completedBookings()).isEqualTo(1);
        assertThat(alan.cancelledCount()).isEqualTo(2);
        assertThat(alan.noShowCount()).isEqualTo(1);
        assertThat(alan.totalSpent()).as("only completed bookings are spent").isEqualByComparingTo("50.00");
        assertThat(alan.firstBookingAt()).as("cancelled bookings are ignored").isEqualTo(DAY);
        assertThat(alan.lastBookingAt()).isEqualTo(DAY.plus(5, ChronoUnit.DAYS));
        assertThat(alan.status()).isEqualTo(CustomerStatus.RETURNING);
        assertThat(noShow.customerId()).isEqualTo(ref.customerId());
    }

    @Test
    void statusChangesUpdateTheFiguresAtOnce() {
        BookingRef ref = book(null, "Katherine Johnson", "kj@example.com", DAY, "80.00", BookingStatus.CONFIRMED);

        data.as(provider, () -> bookings.changeStatus(ref.bookingId(), BookingStatus.COMPLETED));
        assertThat(details(ref).totalSpent()).isEqualByComparingTo("80.00");
        assertThat(details(ref).completedBookings()).isEqualTo(1);

        BookingRef second = book(ref.customerId(), null, null, DAY.plus(7, ChronoUnit.DAYS), "80.00",
                BookingStatus.PENDING);
        data.as(provider, () -> bookings.changeStatus(second.bookingId(), BookingStatus.CANCELLED));
        CustomerDetails kj = details(ref);
        assertThat(kj.totalBookings()).isEqualTo(1);
        assertThat(kj.cancelledCount()).isEqualTo(1);
        assertThat(kj.lastBookingAt()).isEqualTo(DAY);
    }

    @Test
    void finalStatusesCannotChange() {
        BookingRef ref = book(null, "Hedy Lamarr", "hedy@example.com", DAY, "30.00", BookingStatus.COMPLETED);

        assertThatThrownBy(() -> data.as(provider, () -> bookings.changeStatus(ref.bookingId(), BookingStatus.CANCELLED)))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(English.of(e)).isEqualTo("A booking that is “Completed” cannot be changed to “Cancelled”"));
        assertThat(details(ref).totalSpent()).isEqualByComparingTo("30.00");
    }

    @Test
    void averageRatingIsTheMeanOfTheCustomersReviews() {
        BookingRef first = book(null, "Mary Jackson", "mary@example.com", DAY, "30.00", BookingStatus.COMPLETED);
        BookingRef second = book(first.customerId(), null, null, DAY.plus(1, ChronoUnit.DAYS), "30.00",
                BookingStatus.COMPLETED);

        data.as(provider, () -> bookings.recordReview(first.bookingId(), 5, "Lovely"));
        data.as(provider, () -> bookings.recordReview(second.bookingId(), 4, null));

        assertThat(details(first).averageRating()).isEqualByComparingTo("4.50");
        assertThat(details(first).ratingCount()).isEqualTo(2);
    }

    @Test
    void onlyCompletedBookingsAreReviewedAndOnlyOnce() {
        BookingRef done = book(null, "Dorothy Vaughan", "dv@example.com", DAY, "30.00", BookingStatus.COMPLETED);
        BookingRef upcoming = book(done.customerId(), null, null, DAY.plus(3, ChronoUnit.DAYS), "30.00",
                BookingStatus.CONFIRMED);
        data.as(provider, () -> bookings.recordReview(done.bookingId(), 3, "ok"));

        assertThatThrownBy(() -> data.as(provider, () -> bookings.recordReview(done.bookingId(), 5, "again")))
                .isInstanceOf(ConflictException.class).satisfies(e -> assertThat(English.of(e)).contains("already has a review"));
        assertThatThrownBy(() -> data.as(provider, () -> bookings.recordReview(upcoming.bookingId(), 5, null)))
                .isInstanceOf(ConflictException.class).satisfies(e -> assertThat(English.of(e)).contains("completed"));
        assertThatThrownBy(() -> data.as(provider, () -> bookings.recordReview(done.bookingId(), 6, null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e)).containsKey("rating"));
        assertThat(details(done).averageRating()).isEqualByComparingTo("3");
    }

    @Test
    void favouriteAndBlockedOverrideTheBookingCount() {
        BookingRef ref = book(null, "Margaret Hamilton", "mh@example.com", DAY, "30.00", BookingStatus.COMPLETED);

        data.as(provider, () -> customers.setFavorite(ref.relationId(), true));
        assertThat(details(ref).status()).isEqualTo(CustomerStatus.FAVORITE);

        data.as(provider, () -> customers.block(ref.relationId(), "Rude to staff"));
        assertThat(details(ref).status()).as("blocked wins over favourite").isEqualTo(CustomerStatus.BLOCKED);

        data.as(provider, () -> customers.unblock(ref.relationId()));
        assertThat(details(ref).status()).isEqualTo(CustomerStatus.FAVORITE);
    }

    @Test
    void blockedCustomerCannotBeBookedAndNothingIsWritten() {
        BookingRef ref = book(null, "Barbara Liskov", "bl@example.com", DAY, "30.00", BookingStatus.COMPLETED);
        data.as(provider, () -> customers.block(ref.relationId(), "Three no-shows"));
        long before = bookingCount();

        assertThatThrownBy(() -> book(ref.customerId(), null, null, DAY.plus(1, ChronoUnit.DAYS), "30.00",
                BookingStatus.CONFIRMED))
                .isInstanceOf(CustomerBlockedException.class)
                .satisfies(e -> assertThat(English.of(e)).isEqualTo("Barbara Liskov is blocked and cannot be booked. Reason: Three no-shows"));
        assertThatThrownBy(() -> book(null, "Barbara", "BL@example.com", DAY.plus(1, ChronoUnit.DAYS), "30.00",
                BookingStatus.CONFIRMED))
                .as("also when the customer is typed in again").isInstanceOf(CustomerBlockedException.class);

        assertThat(bookingCount()).isEqualTo(before);
        assertThat(details(ref).totalBookings()).as("existing bookings stay").isEqualTo(1);
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        long before = bookingCount();

        assertThatThrownBy(() -> book(null, "Negative", "neg@example.com", DAY, "-1.00", BookingStatus.CONFIRMED))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e))
                        .containsEntry("price", "The price cannot be negative"));
        assertThatThrownBy(() -> book(null, "Bad Mail", "not-an-email", DAY, "1.00", BookingStatus.CONFIRMED))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e)).containsKey("email"));
        assertThatThrownBy(() -> book(null, "No Status", "ns@example.com", DAY, "1.00", null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e)).containsKey("status"));
        assertThatThrownBy(() -> data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(
                new CustomerContact("Bad Phone", null, "call me maybe"), "Cut", DAY, 30, BigDecimal.ONE,
                BookingStatus.CONFIRMED))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e)).containsKey("phone"));

        assertThat(bookingCount()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM provider_customer WHERE provider_id = ?").param(provider.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aBookingInTheFutureCannotBeCompletedOrANoShow() {
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
        long before = bookingCount();

        for (BookingStatus outcome : new BookingStatus[] {BookingStatus.COMPLETED, BookingStatus.NO_SHOW}) {
            assertThatThrownBy(() -> book(null, "Early Bird", "early@example.com", tomorrow, "30.00", outcome))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(English.fields((InvalidInputException) e)).containsEntry("status",
                            "A booking in the future cannot be marked “" + outcome.label()
                                    + "”; it can be once it has started"));
        }
        assertThat(bookingCount()).as("nothing written").isEqualTo(before);

        BookingRef upcoming = book(null, "Early Bird", "early@example.com", tomorrow, "30.00", BookingStatus.CONFIRMED);
        assertThatThrownBy(() -> data.as(provider, () -> bookings.changeStatus(upcoming.bookingId(),
                BookingStatus.COMPLETED))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e)).containsKey("status"));
        assertThatThrownBy(() -> data.as(provider, () -> bookings.changeStatus(upcoming.bookingId(),
                BookingStatus.NO_SHOW))).isInstanceOf(InvalidInputException.class);
        assertThat(details(upcoming).completedBookings()).isZero();
        assertThat(details(upcoming).noShowCount()).isZero();

        data.as(provider, () -> bookings.changeStatus(upcoming.bookingId(), BookingStatus.CANCELLED));
        assertThat(details(upcoming).cancelledCount()).as("a future booking can still be cancelled").isEqualTo(1);
        BookingRef past = book(upcoming.customerId(), null, null, DAY, "30.00", BookingStatus.CONFIRMED);
        data.as(provider, () -> bookings.changeStatus(past.bookingId(), BookingStatus.NO_SHOW));
        assertThat(details(upcoming).noShowCount()).as("one that has started can be a no-show").isEqualTo(1);
    }

    @Test
    void anImportedBookingInTheFutureCannotBeCompleted() {
        Instant nextWeek = Instant.now().plus(7, ChronoUnit.DAYS);
        CustomerContact contact = new CustomerContact("Future Import", "fi@example.com", null);
        java.util.List<BookingImportRow> rows = java.util.List.of(
                new BookingImportRow(2, contact, "Cut", nextWeek, 30, BigDecimal.TEN, BookingStatus.COMPLETED, null,
                        null),
                new BookingImportRow(3, contact, "Cut", nextWeek, 30, BigDecimal.TEN, BookingStatus.CONFIRMED, "b",
                        null));

        BookingImportResult result = data.as(provider, () -> bookings.importBookings("test.csv", rows, false, ImportProgress.NONE));

        assertThat(result.rejected()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(English.of(row.reason())).isEqualTo("Status: A booking in the future cannot be marked “Completed”;"
                    + " it can be once it has started");
        });
        assertThat(result.created()).isEqualTo(1);
    }

    @Test
    void lastVisitAndNextBookingAreSeparate() {
        Instant inAWeek = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        BookingRef ref = book(null, "Grace Hopper", "gh@example.com", DAY, "30.00", BookingStatus.COMPLETED);
        book(ref.customerId(), null, null, inAWeek, "30.00", BookingStatus.CONFIRMED);
        book(ref.customerId(), null, null, inAWeek.minus(2, ChronoUnit.DAYS), "30.00", BookingStatus.CANCELLED);
        book(ref.customerId(), null, null, inAWeek.plus(7, ChronoUnit.DAYS), "30.00", BookingStatus.PENDING);

        CustomerDetails grace = details(ref);
        assertThat(grace.lastBookingAt()).as("the last visit is not in the future").isEqualTo(DAY);
        assertThat(grace.nextBookingAt()).as("the earliest future booking not cancelled").isEqualTo(inAWeek);
        assertThat(grace.totalBookings()).isEqualTo(3);
    }

    @Test
    void everyBadFieldOfANewBookingIsReportedAtOnce() {
        NewBooking booking = new NewBooking(null, new CustomerContact("All Wrong", "not-an-email", "call me"), " ",
                Instant.now().plus(2, ChronoUnit.DAYS), 30, new BigDecimal("-5"), BookingStatus.COMPLETED, null);

        assertThatThrownBy(() -> data.as(provider, () -> bookings.create(booking)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e)).as("one round, not several")
                        .containsOnlyKeys("serviceName", "price", "email", "phone", "status"));
    }

    @Test
    void phoneNumbersAreStoredInE164AndMatchCustomersWithoutEmail() {
        BookingRef first = data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(
                new CustomerContact("Walk In", null, "020 7946 0958"), "Cut", DAY, 30, BigDecimal.TEN,
                BookingStatus.COMPLETED)));
        BookingRef second = data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(
                new CustomerContact("Walk In", null, "+44 20 7946 0958"), "Cut", DAY.plusSeconds(7200), 30,
                BigDecimal.TEN, BookingStatus.COMPLETED)));

        assertThat(details(first).phone()).isEqualTo("+442079460958");
        assertThat(second.customerId()).isEqualTo(first.customerId());
    }

    @Test
    void providersNeverSeeEachOthersBookings() {
        BookingRef ref = book(null, "Frances Allen", "fa@example.com", DAY, "30.00", BookingStatus.CONFIRMED);
        TestProvider other = data.newProvider();

        assertThatThrownBy(() -> data.as(other, () -> bookings.changeStatus(ref.bookingId(), BookingStatus.CANCELLED)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.as(other, () -> customers.details(ref.relationId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.as(other, () -> bookings.create(NewBooking.forCustomer(ref.customerId(), "Cut",
                DAY, 30, BigDecimal.TEN, BookingStatus.CONFIRMED))))
                .isInstanceOf(NotFoundException.class);
        assertThat(details(ref).totalBookings()).isEqualTo(1);
    }

    @Test
    void onlyProvidersMayBook() {
        NewBooking booking = NewBooking.forNewCustomer(new CustomerContact("X", null, null), "Cut", DAY, 30,
                BigDecimal.TEN, BookingStatus.CONFIRMED);

        assertThatThrownBy(() -> data.asAdmin(() -> bookings.create(booking))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.create(booking)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theOwnerNamesWhoServesABookingAndChangesIt() {
        TeamMate sam = team.add(provider, TeamRole.STAFF, "Sam Stylist");
        TeamMate kim = team.add(provider, TeamRole.STAFF, "Kim Colourist");
        NewBooking booking = NewBooking.forNewCustomer(new CustomerContact("Ada Lovelace", "ada-team@example.com", null),
                "Cut", DAY, 45, BigDecimal.TEN, BookingStatus.CONFIRMED).withStaffMember(sam.memberId());

        BookingRef ref = data.as(provider, () -> bookings.create(booking));
        assertThat(team.staffOf(ref.bookingId())).isEqualTo(sam.memberId());
        assertThat(data.as(provider, () -> queries.find(ref.bookingId())).orElseThrow().staffMember())
                .isEqualTo(new StaffMember(sam.memberId(), "Sam Stylist"));

        data.as(provider, () -> bookings.assign(ref.bookingId(), kim.memberId()));
        assertThat(team.staffOf(ref.bookingId())).isEqualTo(kim.memberId());
        data.as(provider, () -> bookings.assign(ref.bookingId(), null));
        assertThat(team.staffOf(ref.bookingId())).as("nobody in particular").isNull();
    }

    @Test
    void changingWhoServesABookingIsAnEventOnTheCustomersTimeline() {
        TeamMate sam = team.add(provider, TeamRole.STAFF, "Sam Stylist");
        TeamMate kim = team.add(provider, TeamRole.STAFF, "Kim Colourist");
        TeamMate desk = team.add(provider, TeamRole.FRONT_DESK, "Dee Desk");
        BookingRef ref = data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(
                new CustomerContact("Edsger Dijkstra", "edsger-team@example.com", null), "Cut", DAY, 45,
                BigDecimal.TEN, BookingStatus.CONFIRMED).withStaffMember(sam.memberId())));

        team.as(desk, () -> bookings.assign(ref.bookingId(), kim.memberId()));
        team.as(desk, () -> bookings.assign(ref.bookingId(), kim.memberId()));
        data.as(provider, () -> bookings.assign(ref.bookingId(), null));

        List<ActivityEntry> timeline = data.as(provider, () -> activity.forCustomer(ref.customerId(), 10));
        assertThat(timeline).extracting(ActivityEntry::type).as("naming the same member again is no change")
                .containsExactly(ActivityType.BOOKING_STAFF_CHANGED, ActivityType.BOOKING_STAFF_CHANGED,
                        ActivityType.BOOKING_CREATED);
        assertThat(timeline).extracting(ActivityEntry::summary).startsWith(
                "Booking of 10 Mar 2026, 10:00 now served by nobody in particular",
                "Booking of 10 Mar 2026, 10:00 now served by Kim Colourist");
        assertThat(timeline).extracting(ActivityEntry::actor).as("who changed it, by name")
                .startsWith(data.memberName(provider.email()), "Dee Desk");
        assertThat(timeline.get(1).message().render((key, args) -> messages.getMessage(key, args, Locale.GERMANY),
                Locale.GERMANY, ZoneId.of("Europe/London"))).isEqualTo("Buchung vom 10.03.2026, 10:00 jetzt bei Kim Colourist");
    }

    @Test
    void aBookingCannotNameAnotherBusinesssMemberOrOneWhoLeft() {
        TeamMate elsewhere = team.add(data.newProvider(), TeamRole.STAFF, "Other Business");
        TeamMate gone = team.add(provider, TeamRole.STAFF, "Gone Stylist");
        team.remove(gone);
        BookingRef ref = book(null, "Grace Hopper", "grace-team@example.com", DAY, "20.00", BookingStatus.CONFIRMED);

        for (TeamMate member : List.of(elsewhere, gone)) {
            NewBooking booking = NewBooking.forCustomer(ref.customerId(), "Cut", DAY.plusSeconds(3600), 30,
                    BigDecimal.TEN, BookingStatus.CONFIRMED).withStaffMember(member.memberId());
            assertThatThrownBy(() -> data.as(provider, () -> bookings.create(booking)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(English.fields((InvalidInputException) e))
                            .containsExactly(Map.entry("staffMemberId", "Choose a member of your team")));
            assertThatThrownBy(() -> data.as(provider, () -> bookings.assign(ref.bookingId(), member.memberId())))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(bookingCount()).as("nothing half-written").isEqualTo(1);
        assertThat(team.staffOf(ref.bookingId())).isNull();
    }

    @Test
    void whatAStaffMemberBooksIsAssignedToThem() {
        TeamMate sam = team.add(provider, TeamRole.STAFF, "Sam Stylist");
        TeamMate kim = team.add(provider, TeamRole.STAFF, "Kim Colourist");
        NewBooking booking = NewBooking.forNewCustomer(new CustomerContact("New Client", "new-client@example.com", null),
                "Cut", DAY, 45, BigDecimal.TEN, BookingStatus.CONFIRMED);

        BookingRef ref = team.as(sam, () -> bookings.create(booking));
        assertThat(team.staffOf(ref.bookingId())).isEqualTo(sam.memberId());
        BookingRef again = team.as(sam, () -> bookings.create(NewBooking.forCustomer(ref.customerId(), "Colour",
                DAY.plusSeconds(7200), 60, BigDecimal.TEN, BookingStatus.CONFIRMED)));
        assertThat(team.staffOf(again.bookingId())).as("their own customer, booked again").isEqualTo(sam.memberId());

        NewBooking forKim = booking.withStaffMember(kim.memberId());
        assertThatThrownBy(() -> team.as(sam, () -> bookings.create(forKim)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e))
                        .containsExactly(Map.entry("staffMemberId", "As a staff member, you book for yourself")));
        assertThatThrownBy(() -> team.as(sam, () -> bookings.assign(ref.bookingId(), kim.memberId())))
                .as("only owners, managers and front desk hand a booking on")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(team.staffOf(ref.bookingId())).isEqualTo(sam.memberId());
    }

    @Test
    void aStaffMemberBooksOnlyTheirOwnCustomers() {
        TeamMate sam = team.add(provider, TeamRole.STAFF, "Sam Stylist");
        BookingRef owners = book(null, "Frances Allen", "frances-team@example.com", DAY, "30.00",
                BookingStatus.CONFIRMED);
        NewBooking existing = NewBooking.forCustomer(owners.customerId(), "Cut", DAY.plusSeconds(3600), 30,
                BigDecimal.TEN, BookingStatus.CONFIRMED);
        NewBooking typedAgain = NewBooking.forNewCustomer(new CustomerContact("Frances A.",
                "Frances-Team@example.com", null), "Cut", DAY.plusSeconds(3600), 30, BigDecimal.TEN,
                BookingStatus.CONFIRMED);

        assertThatThrownBy(() -> team.as(sam, () -> bookings.create(existing)))
                .as("like another business's customer").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> team.as(sam, () -> bookings.create(typedAgain)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e)).containsOnlyKeys("email"));
        assertThat(bookingCount()).isEqualTo(1);

        data.as(provider, () -> bookings.assign(owners.bookingId(), sam.memberId()));
        BookingRef nowTheirs = team.as(sam, () -> bookings.create(existing));
        assertThat(nowTheirs.customerId()).isEqualTo(owners.customerId());
    }

    @Test
    void aStaffMemberFindsNoBookingOfACustomerNotTheirOwn() {
        TeamMate sam = team.add(provider, TeamRole.STAFF, "Sam Stylist");
        TeamMate kim = team.add(provider, TeamRole.STAFF, "Kim Colourist");
        BookingRef kims = data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(new CustomerContact(
                "Kim's Client", "kims-client@example.com", null), "Cut", DAY, 30, BigDecimal.TEN,
                BookingStatus.COMPLETED).withStaffMember(kim.memberId())));

        assertThatThrownBy(() -> team.as(sam, () -> bookings.changeStatus(kims.bookingId(), BookingStatus.NO_SHOW)))
                .isInstanceOf(NotFoundException.class).hasMessage("booking.error.not-found");
        assertThatThrownBy(() -> team.as(sam, () -> bookings.recordReview(kims.bookingId(), 5, "Great")))
                .isInstanceOf(NotFoundException.class);
        assertThat(details(kims).noShowCount()).isZero();

        team.as(kim, () -> bookings.recordReview(kims.bookingId(), 4, "Good"));
        assertThat(details(kims).averageRating()).isEqualByComparingTo("4");
    }

    @Test
    void theFrontDeskBooksAnyCustomerForAnyMemberOfTheTeam() {
        TeamMate desk = team.add(provider, TeamRole.FRONT_DESK, "Fran Desk");
        TeamMate sam = team.add(provider, TeamRole.STAFF, "Sam Stylist");
        BookingRef owners = book(null, "Barbara Liskov", "barbara-team@example.com", DAY, "30.00",
                BookingStatus.CONFIRMED);

        BookingRef ref = team.as(desk, () -> bookings.create(NewBooking.forCustomer(owners.customerId(), "Cut",
                DAY.plusSeconds(3600), 30, BigDecimal.TEN, BookingStatus.CONFIRMED).withStaffMember(sam.memberId())));
        team.as(desk, () -> bookings.changeStatus(owners.bookingId(), BookingStatus.CANCELLED));
        team.as(desk, () -> bookings.assign(owners.bookingId(), sam.memberId()));

        assertThat(team.staffOf(ref.bookingId())).isEqualTo(sam.memberId());
        assertThat(team.staffOf(owners.bookingId())).isEqualTo(sam.memberId());
        assertThat(details(owners).cancelledCount()).isEqualTo(1);
    }

    private BookingRef book(Long customerId, String name, String email, Instant start, String price,
            BookingStatus status) {
        NewBooking booking = customerId != null
                ? NewBooking.forCustomer(customerId, "Haircut", start, 45, new BigDecimal(price), status)
                : NewBooking.forNewCustomer(new CustomerContact(name, email, null), "Haircut", start, 45,
                        new BigDecimal(price), status);
        return data.as(provider, () -> bookings.create(booking));
    }

    private CustomerDetails details(BookingRef ref) {
        return data.as(provider, () -> customers.details(ref.relationId()));
    }

    private long bookingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM booking WHERE provider_id = ?").param(provider.id())
                .query(Long.class).single();
    }
}

package com.clientele.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.TeamMembers.TeamMate;
import com.clientele.customer.CustomerContact;
import com.clientele.provider.TeamRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/** The bookings list: filtered, sorted and paged in SQL, days in the provider's time zone, own bookings only. */
@IntegrationTest
class BookingQueriesTest {

    @Autowired
    TestData data;
    @Autowired
    BookingService bookings;
    @Autowired
    BookingQueries queries;
    @Autowired
    TeamMembers team;

    TestProvider provider;

    @BeforeEach
    void bookingsInNewYork() {
        provider = data.newProvider("America/New_York", "USD", "US");
        // 23:30 on 10 March in New York is 03:30 UTC on 11 March
        book("Late Larry", "larry@example.com", "(201) 555-0143", "2026-03-11T03:30:00Z", "30.00", BookingStatus.COMPLETED);
        book("Early Erin", "erin@example.com", null, "2026-03-11T13:00:00Z", "80.00", BookingStatus.CONFIRMED);
        book("Pat 100%_Sure", "pat@example.com", null, "2026-03-12T15:00:00Z", "10.00", BookingStatus.CANCELLED);
        book("Late Larry", "larry@example.com", null, "2026-04-01T15:00:00Z", "55.00", BookingStatus.PENDING);
    }

    @Test
    void newestFirstByDefaultWithEverythingARowShows() {
        List<BookingRow> rows = list(BookingFilter.ALL, Sort.unsorted());

        assertThat(rows).extracting(BookingRow::startsAt).containsExactly(Instant.parse("2026-04-01T15:00:00Z"),
                Instant.parse("2026-03-12T15:00:00Z"), Instant.parse("2026-03-11T13:00:00Z"),
                Instant.parse("2026-03-11T03:30:00Z"));
        BookingRow larry = rows.getLast();
        assertThat(larry.customerName()).isEqualTo("Late Larry");
        assertThat(larry.customerEmail()).isEqualTo("larry@example.com");
        assertThat(larry.price()).isEqualByComparingTo("30.00");
        assertThat(larry.canBeReviewed()).isTrue();
        assertThat(count(BookingFilter.ALL)).isEqualTo(4);
    }

    @Test
    void dateRangeIsDaysInTheProvidersTimeZone() {
        BookingFilter tenthOfMarch = BookingFilter.ALL.withDates(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10));
        assertThat(list(tenthOfMarch, Sort.unsorted())).extracting(BookingRow::customerName)
                .containsExactly("Late Larry");

        BookingFilter fromEleventh = BookingFilter.ALL.withDates(LocalDate.of(2026, 3, 11), null);
        assertThat(list(fromEleventh, Sort.unsorted())).extracting(BookingRow::customerName)
                .containsExactly("Late Larry", "Pat 100%_Sure", "Early Erin");
        assertThat(count(BookingFilter.ALL.withDates(null, LocalDate.of(2026, 3, 11)))).isEqualTo(2);
    }

    @Test
    void filtersByStatusAndByCustomerNameEmailOrPhoneDigits() {
        assertThat(list(BookingFilter.ALL.withStatus(BookingStatus.CONFIRMED), Sort.unsorted()))
                .extracting(BookingRow::customerName).containsExactly("Early Erin");
        assertThat(count(BookingFilter.ALL.withCustomer("LARRY"))).isEqualTo(2);
        assertThat(count(BookingFilter.ALL.withCustomer("erin@ex"))).isEqualTo(1);
        assertThat(count(BookingFilter.ALL.withCustomer("555-0143"))).as("phone digits, any format").isEqualTo(2);
        assertThat(count(BookingFilter.ALL.withCustomer("100%_"))).as("% and _ are literal").isEqualTo(1);
        assertThat(count(BookingFilter.ALL.withCustomer("%"))).isEqualTo(1);
        assertThat(count(BookingFilter.ALL.withCustomer("larry").withStatus(BookingStatus.PENDING))).isEqualTo(1);
    }

    @Test
    void sortsInSqlWithStablePages() {
        assertThat(list(BookingFilter.ALL, Sort.by("price"))).extracting(BookingRow::price)
                .extracting(BigDecimal::intValue).containsExactly(10, 30, 55, 80);
        assertThat(list(BookingFilter.ALL, Sort.by(Sort.Direction.DESC, "customerName")))
                .extracting(BookingRow::customerName).first().isEqualTo("Pat 100%_Sure");
        List<BookingRow> page2 = data.as(provider, () -> queries.list(BookingFilter.ALL,
                PageRequest.of(1, 3, Sort.by("price"))));
        assertThat(page2).extracting(BookingRow::price).extracting(BigDecimal::intValue).containsExactly(80);
        assertThat(list(BookingFilter.ALL, Sort.by("no_such_column; DROP TABLE booking")))
                .as("unknown sort keys fall back to newest first").hasSize(4);
    }

    @Test
    void aStaffMemberListsTheBookingsOfTheirOwnCustomersOnly() {
        TeamMate sam = team.add(provider, TeamRole.STAFF, "Sam Tutor");
        long larrysLesson = list(BookingFilter.ALL.withStatus(BookingStatus.PENDING), Sort.unsorted()).getFirst().id();
        long erinsLesson = list(BookingFilter.ALL.withStatus(BookingStatus.CONFIRMED), Sort.unsorted()).getFirst().id();
        data.as(provider, () -> bookings.assign(larrysLesson, sam.memberId()));

        List<BookingRow> seen = team.as(sam, () -> queries.list(BookingFilter.ALL, PageRequest.of(0, 50)));
        assertThat(seen).as("every booking of a customer with one of theirs").extracting(BookingRow::customerName)
                .containsExactly("Late Larry", "Late Larry");
        assertThat(team.as(sam, () -> queries.count(BookingFilter.ALL))).isEqualTo(2);
        assertThat(team.as(sam, () -> queries.find(erinsLesson))).isEmpty();
        assertThat(team.as(sam, () -> queries.ownCustomersOnly())).contains(sam.memberId());

        TeamMate desk = team.add(provider, TeamRole.FRONT_DESK, "Fran Desk");
        assertThat(team.as(desk, () -> queries.count(BookingFilter.ALL))).as("the front desk sees all").isEqualTo(4);
        assertThat(team.as(desk, () -> queries.ownCustomersOnly())).isEmpty();
    }

    @Test
    void filtersAndSortsByTheStaffMember() {
        TeamMate sam = team.add(provider, TeamRole.STAFF, "Sam Tutor");
        TeamMate ann = team.add(provider, TeamRole.MANAGER, "Ann Manager");
        List<BookingRow> all = list(BookingFilter.ALL, Sort.unsorted());
        data.as(provider, () -> bookings.assign(all.get(0).id(), sam.memberId()));
        data.as(provider, () -> bookings.assign(all.get(1).id(), ann.memberId()));

        List<BookingRow> sams = list(BookingFilter.ALL.withStaffMember(sam.memberId()), Sort.unsorted());
        assertThat(sams).extracting(BookingRow::id).containsExactly(all.get(0).id());
        assertThat(sams.getFirst().staffMember()).isEqualTo(new StaffMember(sam.memberId(), "Sam Tutor"));
        assertThat(count(BookingFilter.ALL.withStaffMember(ann.memberId()).withCustomer("pat"))).isEqualTo(1);
        assertThat(list(BookingFilter.ALL, Sort.by("staffName"))).extracting(row -> row.staffMember() == null ? null
                : row.staffMember().name()).containsExactly(null, null, "Ann Manager", "Sam Tutor");
        assertThat(data.as(provider, () -> queries.team())).extracting(member -> member.name())
                .contains("Ann Manager", "Sam Tutor");
    }

    @Test
    void providersSeeOnlyTheirOwnBookings() {
        TestProvider other = data.newProvider();

        assertThat(data.as(other, () -> queries.count(BookingFilter.ALL))).isZero();
        assertThat(data.as(other, () -> queries.list(BookingFilter.ALL.withCustomer("larry"), PageRequest.of(0, 10))))
                .isEmpty();
        assertThatThrownBy(() -> data.asAdmin(() -> queries.count(BookingFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void book(String name, String email, String phone, String start, String price, BookingStatus status) {
        data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(new CustomerContact(name, email, phone),
                "Tutoring", Instant.parse(start), 60, new BigDecimal(price), status)));
    }

    private List<BookingRow> list(BookingFilter filter, Sort sort) {
        return data.as(provider, () -> queries.list(filter, PageRequest.of(0, 50, sort)));
    }

    private int count(BookingFilter filter) {
        return data.as(provider, () -> queries.count(filter));
    }
}

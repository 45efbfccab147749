package com.clientele.customer;

import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.provider.TeamRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A business with a member of every role and five customers, the same for every team test:
 * Anna (two bookings, one served by {@code staff}), Bob (one, served by {@code otherStaff}), Cara
 * (two, one served by each), Dan (favourite, with notes, no one assigned) and Eve (blocked, no one
 * assigned). So {@code staff}'s own customers are Anna and Cara, {@code otherStaff}'s Bob and Cara.
 */
@Component
public class TeamWorkspace {

    public static final String DAN_NOTES = "Allergic to lavender";

    private final TestData data;
    private final BookingService bookings;
    private final CustomerService customers;

    TeamWorkspace(TestData data, BookingService bookings, CustomerService customers) {
        this.data = data;
        this.bookings = bookings;
        this.customers = customers;
    }

    public record Team(TestProvider business, TestMember owner, TestMember manager, TestMember staff,
            TestMember otherStaff, TestMember frontDesk, Map<String, BookingRef> customers) {

        public long relation(String name) {
            return customers.get(name).relationId();
        }

        public long customer(String name) {
            return customers.get(name).customerId();
        }

        public List<Long> relations(String... names) {
            return List.of(names).stream().map(this::relation).toList();
        }

        public List<TestMember> members() {
            return List.of(owner, manager, staff, otherStaff, frontDesk);
        }
    }

    public Team create() {
        TestProvider business = data.newProvider();
        TestMember staff = data.newMember(business, TeamRole.STAFF);
        TestMember otherStaff = data.newMember(business, TeamRole.STAFF);
        String tag = "t" + business.id();
        Map<String, BookingRef> refs = new LinkedHashMap<>();
        data.as(business, () -> {
            BookingRef anna = book(new CustomerContact("Anna Staffed", "anna." + tag + "@example.com", null), 30, "20.00");
            data.assignStaff(anna.bookingId(), staff);
            again(anna.customerId(), 20);
            refs.put("Anna", anna);
            BookingRef bob = book(new CustomerContact("Bob Other", "bob." + tag + "@example.com", null), 25, "50.00");
            data.assignStaff(bob.bookingId(), otherStaff);
            refs.put("Bob", bob);
            BookingRef cara = book(new CustomerContact("Cara Shared", "cara." + tag + "@example.com", null), 15, "35.00");
            data.assignStaff(cara.bookingId(), staff);
            data.assignStaff(again(cara.customerId(), 10).bookingId(), otherStaff);
            refs.put("Cara", cara);
            BookingRef dan = book(new CustomerContact("Dan Unassigned", "dan." + tag + "@example.com", null), 5, "80.00");
            customers.setFavorite(dan.relationId(), true);
            customers.updateNotes(dan.relationId(), DAN_NOTES, customers.details(dan.relationId()).version());
            refs.put("Dan", dan);
            BookingRef eve = book(new CustomerContact("Eve Blocked", "eve." + tag + "@example.com", null), 3, "15.00");
            customers.block(eve.relationId(), "Never turns up");
            refs.put("Eve", eve);
        });
        return new Team(business, data.owner(business), data.newMember(business, TeamRole.MANAGER), staff, otherStaff,
                data.newMember(business, TeamRole.FRONT_DESK), refs);
    }

    private BookingRef book(CustomerContact contact, int daysAgo, String price) {
        return bookings.create(NewBooking.forNewCustomer(contact, "Cut", ago(daysAgo), 45, new BigDecimal(price),
                BookingStatus.COMPLETED));
    }

    private BookingRef again(long customerId, int daysAgo) {
        return bookings.create(NewBooking.forCustomer(customerId, "Cut", ago(daysAgo), 45, new BigDecimal("20.00"),
                BookingStatus.COMPLETED));
    }

    private static Instant ago(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    }
}

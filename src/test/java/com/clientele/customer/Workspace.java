package com.clientele.customer;

import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A provider with one customer of every status and some awkward names, the same for every
 * workspace test:
 * Anna (regular, 5 x 20.00, phone 020 7946 0001), Bob (returning, spent 50.00), Cara (new),
 * Dan (favourite, spent 300.00), Eve (blocked), an HTML name and a name with % and _.
 */
@Component
public class Workspace {

    public static final Instant START = Instant.parse("2026-05-04T09:00:00Z");
    public static final String XSS_NAME = "<img src=x onerror=alert(1)> Mallory";
    public static final String WILDCARD_NAME = "Percy 50%_off";

    private final TestData data;
    private final BookingService bookings;
    private final CustomerService customers;

    Workspace(TestData data, BookingService bookings, CustomerService customers) {
        this.data = data;
        this.bookings = bookings;
        this.customers = customers;
    }

    public record Fixture(TestProvider provider, Map<String, BookingRef> customers) {

        public long relation(String name) {
            return customers.get(name).relationId();
        }

        public long customer(String name) {
            return customers.get(name).customerId();
        }
    }

    public Fixture create() {
        TestProvider provider = data.newProvider();
        String tag = "p" + provider.id();
        Map<String, BookingRef> refs = new LinkedHashMap<>();
        data.as(provider, () -> {
            refs.put("Anna", book(new CustomerContact("Anna Regular", "anna." + tag + "@example.com", "020 7946 0001"),
                    0, "20.00", BookingStatus.COMPLETED));
            for (int i = 1; i < 5; i++) {
                book(refs.get("Anna").customerId(), i, "20.00", BookingStatus.COMPLETED);
            }
            refs.put("Bob", book(new CustomerContact("Bob Returning", "bob." + tag + "@example.com", "+1 212 555 0199"),
                    10, "50.00", BookingStatus.COMPLETED));
            book(refs.get("Bob").customerId(), 40, "50.00", BookingStatus.CONFIRMED);
            refs.put("Cara", book(new CustomerContact("Cara New", "cara." + tag + "@example.com", null), 20, "35.00",
                    BookingStatus.CONFIRMED));
            refs.put("Dan", book(new CustomerContact("Dan Favourite", "dan." + tag + "@example.com", null), 30, "300.00",
                    BookingStatus.COMPLETED));
            customers.setFavorite(refs.get("Dan").relationId(), true);
            refs.put("Eve", book(new CustomerContact("Eve Blocked", "eve." + tag + "@example.com", null), 5, "15.00",
                    BookingStatus.NO_SHOW));
            customers.block(refs.get("Eve").relationId(), "Never turns up");
            refs.put("Mallory", book(new CustomerContact(XSS_NAME, null, null), 2, "10.00", BookingStatus.CONFIRMED));
            refs.put("Percy", book(new CustomerContact(WILDCARD_NAME, null, null), 3, "10.00", BookingStatus.CONFIRMED));
            return null;
        });
        return new Fixture(provider, refs);
    }

    private BookingRef book(CustomerContact contact, int day, String price, BookingStatus status) {
        return bookings.create(NewBooking.forNewCustomer(contact, "Cut", START.plus(day, ChronoUnit.DAYS), 45,
                new BigDecimal(price), status));
    }

    private BookingRef book(long customerId, int day, String price, BookingStatus status) {
        return bookings.create(NewBooking.forCustomer(customerId, "Cut", START.plus(day, ChronoUnit.DAYS), 45,
                new BigDecimal(price), status));
    }
}

package com.clientele.demo;

import com.clientele.base.HistoryClock;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerRow;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerSort;
import com.clientele.merge.MergeChoices;
import com.clientele.merge.MergeService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The possible duplicates of Glow Hair Studio's demo (SPEC 12), the kinds a salon gets: a customer
 * who booked online with "+salon" in their e-mail and differently written capitals, one who gave
 * their work address with the phone written the national way, one whose name the front desk
 * misspelt, one without accents; and one pair merged a few days ago, so the merge history shows
 * an undo.
 */
@Component
class DemoDuplicates {

    private final BookingService bookings;
    private final CustomerService customers;
    private final MergeService merges;
    private final Clock clock;

    DemoDuplicates(BookingService bookings, CustomerService customers, MergeService merges, Clock clock) {
        this.bookings = bookings;
        this.customers = customers;
        this.merges = merges;
        this.clock = clock;
    }

    /** As the signed-in owner of the business, after its customers are in. */
    void seed() {
        List<CustomerRow> regulars = customers.list(CustomerFilter.ALL,
                        new CustomerOrder(CustomerSort.TOTAL_BOOKINGS, true), 0, 60).stream()
                .filter(row -> row.email() != null && row.phone() != null && !row.blocked())
                .toList();
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        if (regulars.size() < 7) {
            return; // a demo too small to copy from (the tests' smallest)
        }
        CustomerRow online = regulars.get(0);
        String local = online.email().substring(0, online.email().indexOf('@'));
        visit(new CustomerContact(online.name(), capitalised(local) + "+online@Example.com", null), now.minus(12, ChronoUnit.DAYS));
        CustomerRow work = regulars.get(3);
        visit(new CustomerContact(work.name(), work.name().toLowerCase(Locale.ROOT).replace(' ', '.') + "@harris-and-co.co.uk",
                national(work.phone())), now.minus(9, ChronoUnit.DAYS));
        CustomerRow misspelt = regulars.get(6);
        visit(new CustomerContact(misspelt(misspelt.name()), "hello." + misspelt.customerId() + "@example.com",
                misspelt.phone()), now.minus(6, ChronoUnit.DAYS));
        visit(new CustomerContact("Zoë Müller", "zoe.mueller@example.com", "+44 7700 900461"), now.minus(200, ChronoUnit.DAYS));
        visit(new CustomerContact("Zoe Muller", "zoe.m@example.com", "07700 900461"), now.minus(4, ChronoUnit.DAYS));
        // merged three days ago, undoable for the rest of its window
        BookingRef kept = visit(new CustomerContact("Thomas Baker", "thomas.baker@example.com", "+44 7700 900388"),
                now.minus(120, ChronoUnit.DAYS));
        BookingRef gone = visit(new CustomerContact("Tom Baker", "tombaker@example.com", "07700 900388"),
                now.minus(5, ChronoUnit.DAYS));
        HistoryClock.asOf(now.minus(3, ChronoUnit.DAYS),
                () -> merges.merge(kept.relationId(), gone.relationId(), MergeChoices.DEFAULT));
    }

    private BookingRef visit(CustomerContact contact, Instant at) {
        return HistoryClock.asOf(at.plus(1, ChronoUnit.HOURS), () -> bookings.create(NewBooking.forNewCustomer(contact,
                "Cut & finish", at, 45, new BigDecimal("48.00"), BookingStatus.COMPLETED)));
    }

    private static String capitalised(String local) {
        StringBuilder text = new StringBuilder(local);
        for (int i = 0; i < text.length(); i++) {
            if (i == 0 || text.charAt(i - 1) == '.') {
                text.setCharAt(i, Character.toUpperCase(text.charAt(i)));
            }
        }
        return text.toString();
    }

    /** "+447700900123" as a Briton writes it: "07700 900123". */
    private static String national(String e164) {
        String rest = e164.startsWith("+44") ? "0" + e164.substring(3) : e164;
        return rest.length() > 5 ? rest.substring(0, 5) + " " + rest.substring(5) : rest;
    }

    /** One letter of the last name left out ("Wilson" → "Wilon"). */
    private static String misspelt(String name) {
        int at = name.length() - 2;
        return name.substring(0, at) + name.substring(at + 1);
    }
}

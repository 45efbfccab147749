package com.clientele.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.customer.CustomerContact;
import com.clientele.provider.TeamRole;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code clientele.bookings.written} moves by kind as bookings are written, and only when they commit. */
@IntegrationTest
class BookingMetersTest {

    private static final Instant DAY = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

    @Autowired
    TestData data;
    @Autowired
    BookingService bookings;
    @Autowired
    MeterRegistry meters;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void eachKindOfWriteCountsItsBookings() {
        TestProvider provider = data.newProvider();
        double created = written("created");
        BookingRef ref = data.book(provider, "Cara Counted", null, BookingStatus.CONFIRMED, "25.00", 3);
        assertThat(written("created") - created).isEqualTo(1);

        double changed = written("status_changed");
        data.as(provider, () -> bookings.changeStatus(ref.bookingId(), BookingStatus.COMPLETED));
        assertThat(written("status_changed") - changed).isEqualTo(1);

        double assigned = written("assigned");
        long staff = data.newMember(provider, TeamRole.STAFF).memberId();
        data.as(provider, () -> bookings.assign(ref.bookingId(), staff));
        assertThat(written("assigned") - assigned).isEqualTo(1);

        double imported = written("imported");
        CustomerContact contact = new CustomerContact("Ivo Imported", "ivo-" + provider.id() + "@example.com", null);
        List<BookingImportRow> rows = List.of(
                new BookingImportRow(2, contact, "Cut", DAY, 30, BigDecimal.TEN, BookingStatus.COMPLETED, "M-1", null),
                new BookingImportRow(3, contact, "Cut", DAY.plus(1, ChronoUnit.DAYS), 30, BigDecimal.TEN,
                        BookingStatus.COMPLETED, "M-2", null));
        data.as(provider, () -> bookings.importBookings("meters.csv", rows, false, ImportProgress.NONE));
        assertThat(written("imported") - imported).as("each booking of the file").isEqualTo(2);
        data.as(provider, () -> bookings.importBookings("meters.csv", rows, false, ImportProgress.NONE));
        assertThat(written("imported") - imported).as("the same file again writes nothing").isEqualTo(2);
    }

    @Test
    void aWriteThatIsRolledBackCountsNothing() {
        TestProvider provider = data.newProvider();
        double created = written("created");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            data.book(provider, "Rolf Rolledback", null, BookingStatus.COMPLETED, "25.00", 2);
            status.setRollbackOnly();
        });

        assertThat(written("created")).isEqualTo(created);
    }

    private double written(String kind) {
        return meters.get(BookingMeters.WRITTEN).tag("kind", kind).counter().count();
    }
}

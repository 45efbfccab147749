package com.clientele.booking.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.CustomerExport;
import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerService;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Our own export imports again unchanged: a provider's customers (accents, phones with a +, notes
 * with commas, quotes, newlines and formula-like text) exported, then imported as customers into a
 * fresh provider and into the same one — no row refused, nobody twice, every contact field equal.
 */
@IntegrationTest
class CustomerRoundTripTest {

    @Autowired
    TestData data;
    @Autowired
    BookingService bookings;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerExport export;
    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    TestProvider provider;
    byte[] exported;

    @BeforeEach
    void customersExported() {
        provider = data.newProvider();
        customer("Zoë Müller", "zoe.mueller@roundtrip.example", "+44 20 7946 0958",
                "Prefers mornings, \"quiet\" room\nAllergic to nuts");
        customer("José Ñúñez", null, "+447700900123", "=HYPERLINK(\"http://x\"); -10% next time");
        customer("O'Brien, Seán", "sean@roundtrip.example", null, null);
        customer("Çelik, Ayşe", "ayse@roundtrip.example", "+44 7700 900456", "- first line\n- second line\t+ tab");
        customer("@Sam Handle", "sam@roundtrip.example", "+447700900789", "'quoted', ＝full-width,\t@once");
        var out = new ByteArrayOutputStream();
        data.as(provider, () -> export.write(CustomerFilter.ALL, CustomerOrder.DEFAULT, out));
        exported = out.toByteArray();
    }

    @Test
    void theExportImportsIntoAFreshProviderWithEveryFieldEqual() {
        TestProvider fresh = data.newProvider();

        ImportFile file = data.as(fresh, () -> imports.read(ImportKind.CUSTOMERS, "customers.csv", exported));
        ColumnMapping guessed = file.guessedMapping();
        assertThat(List.of(ImportField.NAME, ImportField.EMAIL, ImportField.PHONE, ImportField.NOTES))
                .as("the export's header is recognised").allMatch(guessed::has);
        List<String> header = file.table().header();
        assertThat(List.of(ImportField.NAME, ImportField.EMAIL, ImportField.PHONE, ImportField.NOTES).stream()
                .map(field -> header.get(guessed.column(field).orElseThrow())).toList())
                .containsExactly("name", "email", "phone", "notes");
        assertThat(guessed.has(ImportField.FIRST_NAME) || guessed.has(ImportField.LAST_NAME))
                .as("first_booking and last_booking are not name parts").isFalse();
        assertThat(guessed.notImported(header)).contains("customer_id", "status", "first_booking", "last_booking")
                .doesNotContain("name", "email", "phone", "notes").hasSize(header.size() - 4);
        assertThat(data.as(fresh, () -> imports.check(file, guessed)).problems()).isEmpty();

        ImportSummary summary = run(fresh, file);

        assertThat(summary.rejected()).isEmpty();
        assertThat(summary.created()).isEqualTo(5);
        assertThat(contacts(fresh)).isEqualTo(contacts(provider)).hasSize(5);
    }

    @Test
    void theExportImportedIntoTheSameProviderChangesNothingAndDuplicatesNobody() {
        List<String> before = contacts(provider);
        ImportFile file = data.as(provider, () -> imports.read(ImportKind.CUSTOMERS, "customers.csv", exported));

        ImportSummary summary = run(provider, file);

        assertThat(summary.rejected()).isEmpty();
        assertThat(summary.created()).isZero();
        assertThat(summary.updated()).isZero();
        assertThat(summary.unchanged()).isEqualTo(5);
        assertThat(contacts(provider)).isEqualTo(before);
    }

    private ImportSummary run(TestProvider who, ImportFile file) {
        return data.as(who, () -> {
            try {
                return imports.start(file, file.guessedMapping(), ImportMode.ALL_OR_NOTHING, (done, total) -> {
                }).get(2, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void customer(String name, String email, String phone, String notes) {
        BookingRef booking = data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(
                new CustomerContact(name, email, phone), "Haircut", Instant.now().minus(3, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.MINUTES), 45, new BigDecimal("30.00"), BookingStatus.COMPLETED)));
        if (notes != null) {
            data.as(provider, () -> customers.updateNotes(booking.relationId(), notes,
                    customers.details(booking.relationId()).version()));
        }
    }

    /** Each customer of the provider as name | e-mail | phone | notes, by name. */
    private List<String> contacts(TestProvider who) {
        return jdbc.sql("SELECT name, email, phone, notes FROM provider_customer WHERE provider_id = ? ORDER BY name")
                .param(who.id())
                .query((rs, row) -> String.join(" | ", rs.getString("name"), String.valueOf(rs.getString("email")),
                        String.valueOf(rs.getString("phone")), String.valueOf(rs.getString("notes"))))
                .list();
    }
}

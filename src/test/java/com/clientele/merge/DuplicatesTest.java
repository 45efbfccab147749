package com.clientele.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.base.NotFoundException;
import com.clientele.base.i18n.English;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.booking.imports.ImportCheck;
import com.clientele.booking.imports.ImportFile;
import com.clientele.booking.imports.ImportKind;
import com.clientele.booking.imports.ImportService;
import com.clientele.customer.CustomerContact;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SPEC 12's possible duplicates: found as customers come (after their writer's commit), for the
 * customers a business had before (the scan), sorted, dismissed for good, gone with a merge and back
 * with its undo; and the import's check names the rows that look like a customer already there.
 */
@IntegrationTest
class DuplicatesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    TestData data;
    @Autowired
    Duplicates duplicates;
    @Autowired
    MergeService merges;
    @Autowired
    BookingService bookings;
    @Autowired
    DuplicateScan scan;
    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void newCustomersAreComparedAsTheyComeAndADismissedPairStaysHidden() {
        TestProvider provider = data.newProvider();
        BookingRef jane = book(provider, "Jane Doe", "jane.doe@gmail.com", null);
        BookingRef online = book(provider, "JANE DOE", "Jane.Doe+salon@gmail.com", null);
        book(provider, "Someone Else", "else-" + provider.id() + "@example.com", null);

        await().atMost(PATIENCE).until(() -> data.as(provider, duplicates::count) == 1);
        DuplicatePair pair = data.as(provider, () -> duplicates.page(DuplicateOrder.SCORE, 0, 20)).getFirst();
        assertThat(List.of(pair.first().relationId(), pair.second().relationId()))
                .containsExactly(jane.relationId(), online.relationId());
        assertThat(pair.reasons()).containsExactly(MatchReason.SAME_EMAIL, MatchReason.SAME_NAME);
        assertThat(pair.score()).isEqualTo(80);
        assertThat(pair.second().email()).isEqualTo("jane.doe+salon@gmail.com");

        data.as(provider, () -> duplicates.dismiss(pair.id()));
        assertThat(data.as(provider, duplicates::count)).isZero();
        // meeting the two again (a later change, the scan) does not bring the pair back
        jdbc.sql("DELETE FROM duplicate_scan WHERE provider_id = :provider").param("provider", provider.id()).update();
        scan.scanUnscanned();
        assertThat(data.as(provider, duplicates::count)).isZero();
        assertThatThrownBy(() -> data.as(provider, () -> duplicates.dismiss(pair.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.as(data.newProvider(), () -> duplicates.dismiss(pair.id())))
                .as("another business's pair").isInstanceOf(NotFoundException.class);
    }

    @Test
    void theScanComparesTheCustomersABusinessHadBeforeAndPairsSortByScoreOrAge() {
        TestProvider provider = data.newProvider();
        book(provider, "Liam Harris", "liam-" + provider.id() + "@example.com", "+447700900123");
        book(provider, "Liam Harris", "liam@harris-and-co.example", "+44 7700 900123");
        book(provider, "Charlotte Wilson", "charlotte@studio-" + provider.id() + ".example", null);
        book(provider, "Charlote Wilson", "cw@studio-" + provider.id() + ".example", null);
        await().atMost(PATIENCE).until(() -> data.as(provider, duplicates::count) == 2);
        // as if the business had these customers before the check existed
        jdbc.sql("DELETE FROM duplicate_pair WHERE provider_id = :provider").param("provider", provider.id()).update();
        jdbc.sql("DELETE FROM duplicate_subject WHERE provider_id = :provider").param("provider", provider.id()).update();
        jdbc.sql("DELETE FROM duplicate_scan WHERE provider_id = :provider").param("provider", provider.id()).update();
        assertThat(data.as(provider, duplicates::count)).isZero();

        scan.scanUnscanned();

        List<DuplicatePair> byScore = data.as(provider, () -> duplicates.page(DuplicateOrder.SCORE, 0, 20));
        assertThat(byScore).extracting(DuplicatePair::score).containsExactly(70, 30);
        assertThat(byScore.getFirst().reasons()).containsExactly(MatchReason.SAME_PHONE, MatchReason.SAME_NAME);
        assertThat(byScore.get(1).reasons()).containsExactly(MatchReason.SIMILAR_NAME, MatchReason.SAME_DOMAIN);
        assertThat(data.as(provider, () -> duplicates.page(DuplicateOrder.NEWEST, 0, 1))).hasSize(1);
        assertThat(jdbc.sql("SELECT relations FROM duplicate_scan WHERE provider_id = :provider")
                .param("provider", provider.id()).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void aMergeTakesItsPairAwayAndAnUndoBringsItBack() {
        TestProvider provider = data.newProvider();
        BookingRef zoe = book(provider, "Zoë Müller", "zoe-" + provider.id() + "@example.com", "+447700900461");
        BookingRef other = book(provider, "Zoe Muller", "zm@elsewhere.example", "+44 7700 900461");
        await().atMost(PATIENCE).until(() -> data.as(provider, duplicates::count) == 1);

        data.as(provider, () -> merges.merge(zoe.relationId(), other.relationId(), MergeChoices.DEFAULT));
        assertThat(data.as(provider, duplicates::count)).isZero();

        long mergeId = data.as(provider, () -> merges.history(0, 1)).getFirst().id();
        data.as(provider, () -> merges.undo(mergeId));
        assertThat(data.as(provider, duplicates::count)).isEqualTo(1);
    }

    @Test
    void theImportCheckNamesRowsThatLookLikeACustomerAlreadyThere() {
        TestProvider provider = data.newProvider();
        String domain = "studio-" + provider.id() + ".example";
        book(provider, "Olivia Bennett", "olivia@" + domain, "+447700900777");
        await().atMost(PATIENCE).until(() -> jdbc.sql("SELECT COUNT(*) FROM duplicate_subject WHERE provider_id = :provider")
                        .param("provider", provider.id()).query(Integer.class).single() == 1);
        String csv = "name,email,phone\n"
                + "Olivia Bennett,olivia@" + domain + ",\n" // the same customer: not new, not a lookalike
                + "Olivia Benett,o.bennett@" + domain + ",\n" // a typo and the same domain
                + "Sam Someone,sam@" + domain + ",\n"
                + "O. Bennett,ob@another.example,+44 7700 900777\n"; // the same phone

        ImportCheck check = data.as(provider, () -> {
            ImportFile file = imports.read(ImportKind.CUSTOMERS, "customers.csv", csv.getBytes(StandardCharsets.UTF_8));
            return imports.check(file, file.guessedMapping());
        });

        assertThat(check.lookalikes()).extracting(ImportCheck.Lookalike::line).containsExactly(3, 5);
        ImportCheck.Lookalike typo = check.lookalikes().getFirst();
        assertThat(typo.name()).isEqualTo("Olivia Benett");
        assertThat(typo.existing().name()).isEqualTo("Olivia Bennett");
        assertThat(typo.existing().reasons()).extracting(English::of)
                .containsExactly("Similar name", "Same e-mail domain");
    }

    private BookingRef book(TestProvider provider, String name, String email, String phone) {
        return data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(new CustomerContact(name, email, phone),
                "Cut", Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), 45,
                new BigDecimal("40.00"), BookingStatus.COMPLETED)));
    }
}

package com.clientele.booking.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.base.i18n.English;
import com.clientele.booking.RejectedRow;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A provider brings in their customer list from another tool. */
@IntegrationTest
class CustomerImportTest {

    @Autowired
    TestData data;
    @Autowired
    ImportFixture imports;
    @Autowired
    JdbcClient jdbc;

    TestProvider provider;

    @BeforeEach
    void newProvider() {
        provider = data.newProvider();
    }

    @Test
    void customerListIsImportedWithAccentsAndDuplicateRowsOnce() {
        ImportSummary summary = imports.run(provider, ImportKind.CUSTOMERS, "customers.csv", ImportMode.ALL_OR_NOTHING);

        assertThat(summary.written()).isTrue();
        assertThat(summary.created()).isEqualTo(6);
        assertThat(summary.unchanged()).as("line 7 repeats line 2's e-mail, line 9 line 5's phone").isEqualTo(2);
        assertThat(summary.rejected()).isEmpty();
        assertThat(relations()).containsOnlyKeys("Lovelace, Ada", "Zoë Ångström", "Björn Müller-Lüdenscheidt",
                "José Ñúñez", "Çelik, Ayşe", "<script>alert(1)</script>");
        assertThat(relations().get("Zoë Ångström")).isEqualTo("zoe@import.example|+442079460002");
        assertThat(relations().get("José Ñúñez")).isEqualTo("|+447700900003");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity_event WHERE provider_id = ? AND type = 'CUSTOMER_IMPORTED'"
                + " AND summary = 'Added from customers.csv' AND NOT in_recent")
                .param(provider.id()).query(Long.class).single()).as("one in each new customer's timeline").isEqualTo(6);
        assertThat(jdbc.sql("SELECT summary FROM activity_event WHERE provider_id = ? AND in_recent")
                .param(provider.id()).query(String.class).list()).as("one line in the recent activity")
                .containsExactly("customers.csv: 6 customers added");
    }

    @Test
    void importingTheSameListAgainCreatesNobody() {
        imports.run(provider, ImportKind.CUSTOMERS, "customers.csv", ImportMode.SKIP_INVALID);

        ImportSummary again = imports.run(provider, ImportKind.CUSTOMERS, "customers.csv", ImportMode.SKIP_INVALID);

        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(8);
        assertThat(relations()).hasSize(6);
    }

    @Test
    void spreadsheetExportWithSemicolonsAndSplitNamesIsImported() {
        ImportSummary summary = imports.run(provider, ImportKind.CUSTOMERS, "customers-excel.csv",
                ImportMode.ALL_OR_NOTHING);

        assertThat(summary.created()).isEqualTo(2);
        assertThat(relations()).containsOnlyKeys("Renée Dubois", "Søren Kierkegaard");
        assertThat(relations().get("Renée Dubois")).isEqualTo("renee@import.example|+33123456789");
    }

    @Test
    void everyRefusedRowIsReportedWithItsLineAndReason() {
        ImportCheck check = imports.check(provider, ImportKind.CUSTOMERS, "customers-invalid.csv");

        assertThat(check.rows()).isEqualTo(7);
        assertThat(check.validRows()).isEqualTo(1);
        assertThat(check.problems()).extracting(RejectedRow::line).containsExactly(3, 4, 5, 6, 7, 9);
        assertThat(reasons(check.problems())).containsEntry(3, "E-mail “not-an-email”: Enter a valid e-mail address,"
                        + " like name@example.com")
                .containsEntry(4, "Phone “call me maybe”: Enter a valid phone number, like +44 20 7946 0958")
                .containsEntry(5, "Name: missing")
                .containsEntry(6, "E-mail or phone: give one, so that the customer is recognised when the file is"
                        + " imported again")
                .containsEntry(7, "Name: must be on one line");
        assertThat(reasons(check.problems()).get(9)).startsWith("More values than the header has columns");
        assertThat(relations()).as("checking writes nothing").isEmpty();
    }

    @Test
    void skipInvalidRowsImportsTheRestAndAllOrNothingImportsNothing() {
        ImportSummary nothing = imports.run(provider, ImportKind.CUSTOMERS, "customers-invalid.csv",
                ImportMode.ALL_OR_NOTHING);
        assertThat(nothing.written()).isFalse();
        assertThat(nothing.rejected()).hasSize(6);
        assertThat(relations()).isEmpty();

        ImportSummary skipped = imports.run(provider, ImportKind.CUSTOMERS, "customers-invalid.csv",
                ImportMode.SKIP_INVALID);
        assertThat(skipped.written()).isTrue();
        assertThat(skipped.created()).isEqualTo(1);
        assertThat(skipped.skipped()).isEqualTo(6);
        assertThat(relations()).containsOnlyKeys("Valid Val");
    }

    /** name → "email|phone" of this provider's customers */
    private Map<String, String> relations() {
        return jdbc.sql("SELECT name, email, phone FROM provider_customer WHERE provider_id = ?").param(provider.id())
                .query((rs, row) -> Map.entry(rs.getString("name"), (rs.getString("email") == null ? ""
                        : rs.getString("email")) + "|" + (rs.getString("phone") == null ? "" : rs.getString("phone"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    static Map<Integer, String> reasons(List<RejectedRow> rows) {
        return rows.stream().collect(Collectors.toMap(RejectedRow::line, row -> English.of(row.reason())));
    }
}

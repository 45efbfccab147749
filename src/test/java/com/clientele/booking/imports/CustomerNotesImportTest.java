package com.clientele.booking.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.base.i18n.English;
import com.clientele.booking.RejectedRow;
import com.clientele.customer.CustomerService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Notes column is imported: new customers get the file's notes; a known customer's own notes are
 * kept and the file's added under a dated line, once, however often the file is imported.
 */
@IntegrationTest
class CustomerNotesImportTest {

    @Autowired
    TestData data;
    @Autowired
    ImportService imports;
    @Autowired
    CustomerService customers;
    @Autowired
    JdbcClient jdbc;

    TestProvider provider;

    @BeforeEach
    void newProvider() {
        provider = data.newProvider();
    }

    @Test
    void newCustomersGetTheFilesNotes() {
        ImportSummary summary = run("name,email,comments\nAda,ada@notes.example,\"Likes tea, not coffee\"\n"
                + "Bob,bob@notes.example,\n", ImportMode.ALL_OR_NOTHING);

        assertThat(summary.created()).isEqualTo(2);
        assertThat(notes("ada@notes.example")).isEqualTo("Likes tea, not coffee");
        assertThat(notes("bob@notes.example")).isNull();
    }

    @Test
    void aKnownCustomersNotesAreKeptAndTheFilesAddedOnceUnderADatedLine() {
        run("name,email\nAda,ada@notes.example\n", ImportMode.ALL_OR_NOTHING);
        long relation = relationId("ada@notes.example");
        data.as(provider, () -> customers.updateNotes(relation, "Own note", customers.details(relation).version()));
        long version = data.as(provider, () -> customers.details(relation).version());
        String file = "name,email,notes\nAda,ada@notes.example,From the old tool\n";

        ImportSummary first = run(file, ImportMode.ALL_OR_NOTHING);
        ImportSummary again = run(file, ImportMode.ALL_OR_NOTHING);

        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        assertThat(notes("ada@notes.example")).isEqualTo("Own note\n\n— Imported " + today + " —\nFrom the old tool");
        assertThat(first.updated()).isEqualTo(1);
        assertThat(first.unchanged()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).as("already there: nothing added twice").isEqualTo(1);
        assertThat(data.as(provider, () -> customers.details(relation).version())).as("a change others see")
                .isEqualTo(version + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity_event WHERE provider_id = ? AND type = 'NOTE_CHANGED'")
                .param(provider.id()).query(Long.class).single()).as("own edit, then the import").isEqualTo(2);
    }

    @Test
    void notesThatWouldGrowPastTheLimitAreRefusedWithTheirLine() {
        run("name,email\nAda,ada@notes.example\n", ImportMode.ALL_OR_NOTHING);
        long relation = relationId("ada@notes.example");
        String own = "x".repeat(CustomerService.NOTES_MAX - 10);
        data.as(provider, () -> customers.updateNotes(relation, own, customers.details(relation).version()));
        String file = "name,email,notes\nAda,ada@notes.example,A note that does not fit any more\n"
                + "Cy,cy@notes.example,Fits\n";

        ImportSummary allOrNothing = run(file, ImportMode.ALL_OR_NOTHING);
        assertThat(allOrNothing.written()).isFalse();
        assertThat(notes("cy@notes.example")).as("nothing written").isNull();
        assertThat(relationCount()).isEqualTo(1);

        ImportSummary skipping = run(file, ImportMode.SKIP_INVALID);
        assertThat(skipping.rejected()).extracting(RejectedRow::line).containsExactly(2);
        assertThat(English.of(skipping.rejected().getFirst().reason())).startsWith("Notes: together with the customer’s notes");
        assertThat(notes("ada@notes.example")).isEqualTo(own);
        assertThat(notes("cy@notes.example")).isEqualTo("Fits");
    }

    @Test
    void notesLongerThanTheLimitAreRefusedBeforeAnythingIsWritten() {
        String file = "name,email,notes\nAda,ada@notes.example," + "y".repeat(CustomerService.NOTES_MAX + 1) + "\n";

        ImportCheck check = data.as(provider, () -> {
            ImportFile read = imports.read(ImportKind.CUSTOMERS, "notes.csv", file.getBytes(StandardCharsets.UTF_8));
            return imports.check(read, read.guessedMapping());
        });

        assertThat(check.problems()).extracting(row -> English.of(row.reason()))
                .containsExactly("Notes: at most 10,000 characters (these have 10,001)");
    }

    private ImportSummary run(String csv, ImportMode mode) {
        return data.as(provider, () -> {
            ImportFile file = imports.read(ImportKind.CUSTOMERS, "notes.csv", csv.getBytes(StandardCharsets.UTF_8));
            try {
                return imports.start(file, file.guessedMapping(), mode, (done, total) -> {
                }).get(2, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private String notes(String email) {
        return jdbc.sql("SELECT notes FROM provider_customer WHERE provider_id = ? AND email = ?")
                .param(provider.id()).param(email).query((rs, row) -> rs.getString(1)).list().stream()
                .map(java.util.Optional::ofNullable).findFirst().flatMap(notes -> notes).orElse(null);
    }

    private long relationId(String email) {
        return jdbc.sql("SELECT id FROM provider_customer WHERE provider_id = ? AND email = ?")
                .param(provider.id()).param(email).query(Long.class).single();
    }

    private long relationCount() {
        return jdbc.sql("SELECT COUNT(*) FROM provider_customer WHERE provider_id = ?").param(provider.id())
                .query(Long.class).single();
    }
}

package com.clientele.booking.imports;

import static com.clientele.booking.imports.CustomerImportTest.reasons;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.TeamMembers;
import com.clientele.booking.TeamMembers.TeamMate;
import com.clientele.provider.TeamRole;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** A file of bookings names who served each one: a member of the team, by name or e-mail. */
@IntegrationTest
class StaffImportTest {

    private static final String HEADER = "Client,Email,Service,Date,Price,Status,Served by\n";

    @Autowired
    TestData data;
    @Autowired
    TeamMembers team;
    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    TestProvider provider;
    TeamMate sam;
    TeamMate kim;

    @BeforeEach
    void aTeam() {
        provider = data.newProvider();
        sam = team.add(provider, TeamRole.STAFF, "Sam Stylist");
        kim = team.add(provider, TeamRole.STAFF, "Kim Colourist");
    }

    @Test
    void theStaffColumnIsGuessedAndMatchedByNameOrEmail() {
        String csv = HEADER
                + "Ada,ada@staff.example,Cut,2026-01-05 10:00,40,completed,  sam STYLIST \n"
                + "Bea,bea@staff.example,Colour,2026-01-06 10:00,90,completed," + kim.email().toUpperCase() + "\n"
                + "Cy,cy@staff.example,Trim,2026-01-07 10:00,20,completed,\n";
        ImportFile file = data.as(provider, () -> imports.read(ImportKind.BOOKINGS, "staff.csv", bytes(csv)));
        assertThat(file.guessedMapping().column(ImportField.STAFF)).contains(6);

        ImportSummary summary = run(file, ImportMode.ALL_OR_NOTHING);

        assertThat(summary.created()).isEqualTo(3);
        assertThat(staffByService()).containsEntry("Cut", sam.memberId()).containsEntry("Colour", kim.memberId())
                .containsEntry("Trim", null);
    }

    @Test
    void aValueThatNamesNobodyInTheTeamRefusesTheRow() {
        TeamMate gone = team.add(provider, TeamRole.STAFF, "Gone Stylist");
        team.remove(gone);
        team.add(provider, TeamRole.STAFF, "Alex Twin");
        team.add(provider, TeamRole.MANAGER, "Alex Twin");
        TeamMate elsewhere = team.add(data.newProvider(), TeamRole.STAFF, "Elsewhere Stylist");
        String csv = HEADER
                + "Ada,ada@staff.example,Cut,2026-01-05 10:00,40,completed,Nobody Here\n"
                + "Bea,bea@staff.example,Cut,2026-01-06 10:00,40,completed,Gone Stylist\n"
                + "Cy,cy@staff.example,Cut,2026-01-07 10:00,40,completed," + elsewhere.email() + "\n"
                + "Di,di@staff.example,Cut,2026-01-08 10:00,40,completed,alex twin\n"
                + "Ed,ed@staff.example,Cut,2026-01-09 10:00,40,completed,Sam Stylist\n";
        ImportFile file = data.as(provider, () -> imports.read(ImportKind.BOOKINGS, "staff.csv", bytes(csv)));

        ImportCheck check = data.as(provider, () -> imports.check(file, file.guessedMapping()));
        assertThat(reasons(check.problems())).containsOnly(
                Map.entry(2, "Staff “Nobody Here”: not a member of your team (use a member’s name or e-mail address)"),
                Map.entry(3, "Staff “Gone Stylist”: not a member of your team (use a member’s name or e-mail address)"),
                Map.entry(4, "Staff “" + elsewhere.email() + "”: not a member of your team (use a member’s name or"
                        + " e-mail address)"),
                Map.entry(5, "Staff “alex twin”: more than one member of your team has this name; use their e-mail"
                        + " address"));
        ImportSummary summary = run(file, ImportMode.SKIP_INVALID);
        assertThat(summary.created()).isEqualTo(1);
        assertThat(reasons(summary.rejected())).containsOnlyKeys(2, 3, 4, 5);
        assertThat(staffByService()).containsExactly(Map.entry("Cut", sam.memberId()));
    }

    @Test
    void importingAgainWithAStaffColumnAssignsTheBookingsImportedBefore() {
        String before = "Reference,Client,Email,Service,Date,Price,Status\n"
                + "R-1,Ada,ada@staff.example,Cut,2026-01-05 10:00,40,completed\n";
        run(data.as(provider, () -> imports.read(ImportKind.BOOKINGS, "before.csv", bytes(before))),
                ImportMode.ALL_OR_NOTHING);
        String again = "Reference,Client,Email,Service,Date,Price,Status,Stylist\n"
                + "R-1,Ada,ada@staff.example,Cut,2026-01-05 10:00,40,completed,Kim Colourist\n";

        ImportSummary summary = run(data.as(provider, () -> imports.read(ImportKind.BOOKINGS, "again.csv",
                bytes(again))), ImportMode.ALL_OR_NOTHING);

        assertThat(summary.created()).isZero();
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(staffByService()).containsExactly(Map.entry("Cut", kim.memberId()));
    }

    @Test
    void onlyOwnersAndManagersImport() {
        byte[] csv = bytes(HEADER + "Ada,ada@staff.example,Cut,2026-01-05 10:00,40,completed,Sam Stylist\n");
        TeamMate desk = team.add(provider, TeamRole.FRONT_DESK, "Fran Desk");
        TeamMate manager = team.add(provider, TeamRole.MANAGER, "Max Manager");

        for (TeamMate refused : new TeamMate[] {sam, desk}) {
            assertThatThrownBy(() -> team.as(refused, () -> imports.read(ImportKind.BOOKINGS, "staff.csv", csv)))
                    .as(refused.name()).isInstanceOf(AccessDeniedException.class);
        }
        ImportFile file = data.as(provider, () -> imports.read(ImportKind.BOOKINGS, "staff.csv", csv));
        assertThatThrownBy(() -> team.as(sam, () -> imports.start(file, file.guessedMapping(),
                ImportMode.ALL_OR_NOTHING, (done, total) -> {
                }))).isInstanceOf(AccessDeniedException.class);
        assertThat(staffByService()).isEmpty();

        ImportSummary summary = team.as(manager, () -> {
            ImportFile read = imports.read(ImportKind.BOOKINGS, "staff.csv", csv);
            return await(imports.start(read, read.guessedMapping(), ImportMode.ALL_OR_NOTHING, (done, total) -> {
            }));
        });
        assertThat(summary.created()).isEqualTo(1);
    }

    private ImportSummary run(ImportFile file, ImportMode mode) {
        return data.as(provider, () -> await(imports.start(file, file.guessedMapping(), mode, (done, total) -> {
        })));
    }

    private static ImportSummary await(java.util.concurrent.CompletableFuture<ImportSummary> running) {
        try {
            return running.get(2, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> staffByService() {
        Map<String, Long> staff = new HashMap<>();
        jdbc.sql("SELECT service_name, staff_member_id FROM booking WHERE provider_id = ?").param(provider.id())
                .query(rs -> {
                    staff.put(rs.getString(1), rs.getObject(2, Long.class));
                });
        return staff;
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }
}

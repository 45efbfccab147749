package com.clientele.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerTotals;
import com.clientele.customer.FigureDifference;
import com.clientele.customer.Workspace;
import com.clientele.customer.Workspace.Fixture;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The data integrity check: stored figures and totals against a recomputation from bookings and reviews. */
@IntegrationTest
class FigureCheckTest {

    @Autowired
    Workspace workspace;
    @Autowired
    TestData data;
    @Autowired
    FigureCheck check;
    @Autowired
    BookingService bookings;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerTotals totals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BookingFigures figures;
    @Autowired
    TransactionTemplate transaction;

    Fixture fixture;
    long provider;

    @BeforeEach
    void setUp() {
        fixture = workspace.create();
        provider = fixture.provider().id();
    }

    @Test
    void figuresKeptByTheWritePathsAreClean() {
        data.as(fixture.provider(), () -> {
            bookings.recordReview(latestBooking(fixture.customer("Anna")), 4, "Lovely");
            bookings.changeStatus(latestBooking(fixture.customer("Bob")), BookingStatus.CANCELLED);
            customers.setFavorite(fixture.relation("Cara"), true);
        });

        FigureCheck.Report report = data.asAdmin(() -> check.checkProvider(provider));

        assertThat(report.isClean()).as(report.summary()).isTrue();
        assertThat(report.relationsChecked()).isEqualTo(7);
        assertThat(data.asAdmin(() -> check.checkAll()).mismatches())
                .noneMatch(mismatch -> mismatch.providerId() == provider);
    }

    @Test
    void reportsEveryRelationWhoseStoredFiguresDisagree() {
        long anna = fixture.relation("Anna");
        long dan = fixture.relation("Dan");
        jdbc.sql("UPDATE provider_customer SET total_bookings = 4, total_spent = 99.00 WHERE id = :id").param("id", anna)
                .update();
        jdbc.sql("UPDATE provider_customer SET last_booking_at = NULL WHERE id = :id").param("id", dan).update();
        try {
            FigureCheck.Report report = data.asAdmin(() -> check.checkProvider(provider));

            assertThat(report.isClean()).isFalse();
            assertThat(report.mismatchCount()).isEqualTo(2);
            assertThat(report.mismatches()).extracting(FigureCheck.Mismatch::relationId).containsExactly(
                    Math.min(anna, dan), Math.max(anna, dan));
            assertThat(mismatchOf(report, anna).differences()).containsExactly(
                    new FigureDifference("total_bookings", "4", "5"),
                    new FigureDifference("total_spent", "99.00", "100.00"));
            assertThat(mismatchOf(report, dan).differences()).singleElement()
                    .satisfies(d -> assertThat(d.figure()).isEqualTo("last_booking_at"))
                    .satisfies(d -> assertThat(d.stored()).isEqualTo("none"));
            // the totals follow the stored figures (Anna is no longer a regular), so they agree with them
            assertThat(report.totalsMismatches()).isEmpty();
            assertThat(report.summary()).contains("7 relations checked, 2 with figures that disagree");
            assertThat(FigureCheckCommand.report(report)).as("exit status of the command").isEqualTo(1);
        } finally {
            restore(fixture.customer("Anna"), fixture.customer("Dan"));
        }
        assertThat(data.asAdmin(() -> check.checkProvider(provider)).isClean()).isTrue();
    }

    @Test
    void reportsStoredTotalsThatDisagreeWithTheRelations() {
        jdbc.sql("INSERT INTO provider_customer_totals (provider_id, customers, booked, returned, regular, rating_sum,"
                + " rating_count) VALUES (:provider, 1, 0, 0, 0, 5, 1)").param("provider", provider).update();
        try {
            FigureCheck.Report report = data.asAdmin(() -> check.checkProvider(provider));

            assertThat(report.mismatchCount()).isZero();
            assertThat(report.totalsMismatches()).singleElement().satisfies(mismatch -> {
                assertThat(mismatch.providerId()).isEqualTo(provider);
                assertThat(mismatch.differences()).containsExactly(
                        new FigureDifference("customers", "8", "7"),
                        new FigureDifference("rating_sum", "5", "0"),
                        new FigureDifference("rating_count", "1", "0"));
            });
        } finally {
            jdbc.sql("INSERT INTO provider_customer_totals (provider_id, customers, booked, returned, regular, rating_sum,"
                    + " rating_count) VALUES (:provider, -1, 0, 0, 0, -5, -1)").param("provider", provider).update();
        }
    }

    @Test
    void reportsAStaffMembersStoredTotalsThatDisagreeWithTheirCustomers() {
        String change = "INSERT INTO staff_customer_totals (provider_id, staff_member_id, customers, booked, returned,"
                + " regular, rating_sum, rating_count) VALUES (:provider, :member, :n, 0, 0, 0, 0, 0)";
        long member = Long.MAX_VALUE - provider;
        jdbc.sql(change).param("provider", provider).param("member", member).param("n", 3).update();
        try {
            FigureCheck.Report report = data.asAdmin(() -> check.checkProvider(provider));

            assertThat(report.totalsMismatches()).singleElement().satisfies(mismatch -> {
                assertThat(mismatch.providerId()).isEqualTo(provider);
                assertThat(mismatch.differences()).containsExactly(
                        new FigureDifference("staff member " + member + ": customers", "3", "0"));
            });
        } finally {
            jdbc.sql(change).param("provider", provider).param("member", member).param("n", -3).update();
        }
        assertThat(data.asAdmin(() -> check.checkProvider(provider)).isClean()).isTrue();
    }

    @Test
    void foldingAStaffMembersTotalsChangesNoSum() {
        long member = Long.MAX_VALUE - provider - 1;
        String sums = "SELECT CONCAT_WS(',', COUNT(*), SUM(customers), SUM(rating_sum)) FROM staff_customer_totals"
                + " WHERE provider_id = :provider AND staff_member_id = :member";
        jdbc.sql("INSERT INTO staff_customer_totals (provider_id, staff_member_id, customers, booked, returned, regular,"
                + " rating_sum, rating_count) VALUES (:provider, :member, 2, 1, 1, 1, 9, 2),"
                + " (:provider, :member, -2, -1, -1, -1, -9, -2)").param("provider", provider).param("member", member)
                .update();

        totals.fold();

        assertThat(jdbc.sql(sums).param("provider", provider).param("member", member).query(String.class).single())
                .as("one row left, summing to nothing").isEqualTo("1,0,0");
        assertThat(data.asAdmin(() -> check.checkProvider(provider)).isClean()).isTrue();
        jdbc.sql("DELETE FROM staff_customer_totals WHERE provider_id = :provider AND staff_member_id = :member")
                .param("provider", provider).param("member", member).update();
    }

    @Test
    void foldingTheTotalsChangesNoSum() {
        String sums = "SELECT CONCAT_WS(',', SUM(customers), SUM(booked), SUM(returned), SUM(regular), SUM(rating_sum),"
                + " SUM(rating_count)) FROM provider_customer_totals WHERE provider_id = :provider";
        String rows = "SELECT COUNT(*) FROM provider_customer_totals WHERE provider_id = :provider";
        // two changes that cancel out, so there is something to fold whenever the scheduled fold last ran
        jdbc.sql("INSERT INTO provider_customer_totals (provider_id, customers, booked, returned, regular, rating_sum,"
                + " rating_count) VALUES (:provider, 2, 1, 1, 1, 9, 2), (:provider, -2, -1, -1, -1, -9, -2)")
                .param("provider", provider).update();
        String before = jdbc.sql(sums).param("provider", provider).query(String.class).single();
        assertThat(jdbc.sql(rows).param("provider", provider).query(Long.class).single()).isGreaterThan(2);

        totals.fold();

        assertThat(jdbc.sql(rows).param("provider", provider).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql(sums).param("provider", provider).query(String.class).single()).isEqualTo(before)
                .isEqualTo("7,7,2,1,0,0");
        assertThat(data.asAdmin(() -> check.checkProvider(provider)).isClean()).isTrue();
    }

    @Test
    void onlyAdminsRunTheCheck() {
        assertThatThrownBy(() -> data.as(fixture.provider(), () -> check.checkProvider(provider)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static FigureCheck.Mismatch mismatchOf(FigureCheck.Report report, long relationId) {
        return report.mismatches().stream().filter(m -> m.relationId() == relationId).findFirst().orElseThrow();
    }

    private long latestBooking(long customerId) {
        return jdbc.sql("SELECT MAX(id) FROM booking WHERE provider_id = :provider AND customer_id = :customer")
                .param("provider", provider).param("customer", customerId).query(Long.class).single();
    }

    /** Puts the figures back the way the write path would: recomputed from the bookings. */
    private void restore(Long... customerIds) {
        data.as(fixture.provider(), () -> transaction.executeWithoutResult(
                status -> figures.refresh(List.of(customerIds))));
    }
}

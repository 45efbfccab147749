package com.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.booking.BookingFigures;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.customer.TeamWorkspace.Team;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database keeps each staff member's own customers (changeset 0022) in step with the bookings
 * and the customers' figures, whichever way they change: exactly what grouping the bookings by
 * member and joining the relations gives.
 */
@IntegrationTest
class StaffCustomerTest {

    private static final String KEPT = """
            SELECT staff_member_id, customer_id, relation_id, bookings, total_bookings, rating_sum, rating_count,
                   first_booking_at, HEX(search_key) AS search_key
            FROM staff_customer WHERE provider_id = :provider ORDER BY staff_member_id, customer_id""";
    private static final String COMPUTED = """
            SELECT b.staff_member_id, b.customer_id, pc.id AS relation_id, COUNT(*) AS bookings, pc.total_bookings,
                   pc.rating_sum, pc.rating_count, pc.first_booking_at, HEX(pc.search_key) AS search_key
            FROM booking b JOIN provider_customer pc ON pc.provider_id = b.provider_id AND pc.customer_id = b.customer_id
            WHERE b.provider_id = :provider AND b.staff_member_id IS NOT NULL
            GROUP BY b.staff_member_id, b.customer_id, pc.id ORDER BY b.staff_member_id, b.customer_id""";

    @Autowired
    TeamWorkspace workspace;
    @Autowired
    TestData data;
    @Autowired
    BookingService bookings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BookingFigures figures;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredFigures storedFigures;

    Team team;

    @BeforeEach
    void setUp() {
        team = workspace.create();
    }

    @Test
    void assignedBookingsMakeTheirMembersOwnCustomersWithTheCustomersFigures() {
        assertThat(kept()).hasSize(4).isEqualTo(computed());
        assertTotalsAgree();
        assertThat(jdbc.sql("SELECT SUM(customers) FROM staff_customer_totals WHERE provider_id = :provider"
                + " AND staff_member_id = :member").param("provider", team.business().id())
                .param("member", team.staff().memberId()).query(Long.class).single())
                .as("the member's stored count of own customers").isEqualTo(2);
    }

    @Test
    void anotherBookingChangesTheCopiedFigures() {
        data.as(team.owner(), () -> bookings.create(NewBooking.forCustomer(team.customer("Bob"), "Colour",
                Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), 60, new BigDecimal("70.00"),
                BookingStatus.COMPLETED)));

        assertThat(kept()).isEqualTo(computed());
        assertTotalsAgree();
        assertThat(jdbc.sql("SELECT total_bookings FROM staff_customer WHERE staff_member_id = :member")
                .param("member", team.otherStaff().memberId()).query(Integer.class).list()).containsExactly(2, 2);
    }

    @Test
    void reassigningOrDeletingABookingMovesOrEndsThePair() {
        long annas = jdbc.sql("SELECT id FROM booking WHERE customer_id = :customer AND staff_member_id = :staff")
                .param("customer", team.customer("Anna")).param("staff", team.staff().memberId())
                .query(Long.class).single();

        data.assignStaff(annas, team.otherStaff());
        assertThat(ownOf(team.staff().memberId())).containsExactly(team.customer("Cara"));
        assertThat(ownOf(team.otherStaff().memberId())).containsExactlyInAnyOrder(team.customer("Anna"),
                team.customer("Bob"), team.customer("Cara"));
        assertThat(kept()).isEqualTo(computed());

        jdbc.sql("UPDATE booking SET staff_member_id = NULL WHERE customer_id = :customer")
                .param("customer", team.customer("Cara")).update();
        jdbc.sql("DELETE FROM booking WHERE id = :id").param("id", annas).update();
        // the deleted booking's figures, as the booking service keeps them (the integrity check runs after all tests)
        data.as(team.business(), () -> transactions.executeWithoutResult(
                status -> figures.refresh(List.of(team.customer("Anna")))));
        assertThat(ownOf(team.staff().memberId())).isEmpty();
        assertThat(ownOf(team.otherStaff().memberId())).containsExactly(team.customer("Bob"));
        assertThat(kept()).isEqualTo(computed());
        assertTotalsAgree();
    }

    @Test
    void aChangedSearchTextChangesTheCopiedSearchKey() {
        jdbc.sql("UPDATE provider_customer SET search_text = 'Anna Zürcher' WHERE id = :relation")
                .param("relation", team.relation("Anna")).update();

        assertThat(kept()).isEqualTo(computed());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_customer WHERE provider_id = :provider AND search_key LIKE '%zurcher%'")
                .param("provider", team.business().id()).query(Integer.class).single()).isEqualTo(1);
    }

    /** Each member's stored totals (changeset 0029) equal the sums over their rows. */
    private void assertTotalsAgree() {
        assertThat(data.asAdmin(() -> storedFigures.totalsMismatches(team.business().id()))).isEmpty();
    }

    private List<Long> ownOf(long memberId) {
        return jdbc.sql("SELECT customer_id FROM staff_customer WHERE staff_member_id = :member")
                .param("member", memberId).query(Long.class).list();
    }

    private List<String> kept() {
        return rows(KEPT);
    }

    private List<String> computed() {
        return rows(COMPUTED);
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql).param("provider", team.business().id()).query().listOfRows().stream()
                .map(Object::toString).toList();
    }
}

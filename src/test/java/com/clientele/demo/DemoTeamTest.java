package com.clientele.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.IntegrationTest;
import com.clientele.security.FormLogin;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Glow Hair Studio's demo team as the README's tables document it: a member of every role, the
 * bookings spread across the two stylists, and each documented login and API token acting with its
 * member's role.
 */
@IntegrationTest
class DemoTeamTest {

    private static final String CUSTOMERS = "/api/bookings/provider_dashboard/customers/";
    private static final String STUDIO = "(SELECT p.id FROM provider p JOIN account a ON a.id = p.account_id"
            + " WHERE a.email = '" + DemoAccounts.PROVIDER_EMAIL + "')";

    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void theStudioHasAMemberOfEveryRole() {
        Map<String, String> roles = jdbc.sql("SELECT email, team_role FROM member WHERE removed_at IS NULL"
                        + " AND provider_id = " + STUDIO)
                .query((rs, row) -> Map.entry(rs.getString("email"), rs.getString("team_role")))
                .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(roles).containsExactlyInAnyOrderEntriesOf(Map.of(
                DemoAccounts.PROVIDER_EMAIL, "OWNER",
                DemoAccounts.MANAGER_EMAIL, "MANAGER",
                DemoAccounts.STYLIST_EMAIL, "STAFF",
                DemoAccounts.SECOND_STYLIST_EMAIL, "STAFF",
                DemoAccounts.FRONT_DESK_EMAIL, "FRONT_DESK"));
    }

    @Test
    void theBookingsAreSpreadAcrossTheStylistsAndSomeNameNobody() {
        long all = count("SELECT COUNT(*) FROM booking WHERE provider_id = " + STUDIO);
        long mia = bookingsServedBy(DemoAccounts.STYLIST_EMAIL);
        long leo = bookingsServedBy(DemoAccounts.SECOND_STYLIST_EMAIL);
        long nobody = count("SELECT COUNT(*) FROM booking WHERE staff_member_id IS NULL AND provider_id = " + STUDIO);

        assertThat(mia + leo + nobody).isEqualTo(all);
        assertThat(List.of(mia, leo)).allSatisfy(served -> assertThat(served).isGreaterThan(all / 5));
        assertThat(nobody).isPositive().isLessThan(all / 4);
    }

    @Test
    void everyDemoLoginSignsIn() {
        for (String email : List.of(DemoAccounts.MANAGER_EMAIL, DemoAccounts.STYLIST_EMAIL,
                DemoAccounts.SECOND_STYLIST_EMAIL, DemoAccounts.FRONT_DESK_EMAIL)) {
            var response = FormLogin.fromOwnAddress(port).login(email, DemoAccounts.PROVIDER_PASSWORD);
            assertThat(FormLogin.signedIn(response)).as(email).isTrue();
        }
    }

    @Test
    void eachDemoTokenActsWithItsMembersRole() {
        long studioCustomers = count("SELECT COUNT(*) FROM provider_customer WHERE provider_id = " + STUDIO);
        for (String token : List.of(DemoAccounts.API_TOKEN, DemoAccounts.MANAGER_API_TOKEN,
                DemoAccounts.FRONT_DESK_API_TOKEN)) {
            assertThat(customerCount(token)).as(token).isEqualTo(studioCustomers);
        }
        long miasCustomers = count("SELECT COUNT(DISTINCT b.customer_id) FROM booking b JOIN member m"
                + " ON m.id = b.staff_member_id WHERE m.email = '" + DemoAccounts.STYLIST_EMAIL + "'");
        assertThat(customerCount(DemoAccounts.STYLIST_API_TOKEN)).as("a stylist's own customers")
                .isEqualTo(miasCustomers).isPositive().isLessThan(studioCustomers);

        assertThat(ApiClient.at(port, DemoAccounts.MANAGER_API_TOKEN).get(CUSTOMERS + "export/").status())
                .isEqualTo(200);
        for (String token : List.of(DemoAccounts.STYLIST_API_TOKEN, DemoAccounts.FRONT_DESK_API_TOKEN)) {
            assertThat(ApiClient.at(port, token).get(CUSTOMERS + "export/").status()).as(token).isEqualTo(403);
        }
    }

    private long customerCount(String token) {
        var response = ApiClient.at(port, token).get(CUSTOMERS + "?page_size=1");
        assertThat(response.status()).as(token).isEqualTo(200);
        return response.json().get("count").asLong();
    }

    private long bookingsServedBy(String email) {
        return count("SELECT COUNT(*) FROM booking b JOIN member m ON m.id = b.staff_member_id WHERE m.email = '"
                + email + "'");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

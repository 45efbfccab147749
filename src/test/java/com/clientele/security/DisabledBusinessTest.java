package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.BrowserClient;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.TestData.TestProvider;
import com.clientele.provider.AccountStatus;
import com.clientele.provider.ProviderAccountService;
import com.clientele.provider.TeamRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Over real HTTP (SPEC §10): an admin disabling a business signs out and refuses every member of
 * it, sessions and API tokens included; enabling it gives each member back the state they had.
 */
@IntegrationTest
class DisabledBusinessTest {

    static final String CUSTOMERS = ApiClient.DASHBOARD + "/customers/";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    ProviderAccountService providerAccounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void disablingABusinessEndsEveryMembersSessionsAndTokensAndEnablingRestoresEachMembersOwnState() {
        TestProvider business = data.newProvider();
        TestMember owner = data.owner(business);
        TestMember staff = data.newMember(business, TeamRole.STAFF);
        TestMember disabledByOwner = data.newMember(business, TeamRole.FRONT_DESK);
        data.disableAccount(disabledByOwner);
        ApiClient ownerApi = ApiClient.at(port, data.apiToken(owner));
        ApiClient staffApi = ApiClient.at(port, data.apiToken(staff));
        BrowserClient ownerBrowser = signedIn(owner);
        BrowserClient staffBrowser = signedIn(staff);
        assertThat(ownerApi.get(CUSTOMERS).status()).isEqualTo(200);
        assertThat(staffApi.get(CUSTOMERS).status()).isEqualTo(200);

        data.asAdmin(() -> {
            providerAccounts.disableBusiness(business.id());
            return null;
        });

        assertSignedOut(ownerBrowser);
        assertSignedOut(staffBrowser);
        assertThat(ownerApi.get(CUSTOMERS).status()).as("the owner's token").isEqualTo(401);
        assertThat(staffApi.get(CUSTOMERS).status()).as("the staff member's token").isEqualTo(401);
        for (TestMember member : List.of(owner, staff, disabledByOwner)) {
            assertThat(BrowserClient.at(port).signsIn(member.email(), TestData.PASSWORD))
                    .as("%s signs in", member.role()).isFalse();
        }
        assertThat(data.asAdmin(() -> providerAccounts.provider(business.id()).status()))
                .isEqualTo(AccountStatus.DISABLED);
        assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE target = ? AND action = 'PROVIDER_DISABLED'")
                .param(business.email()).query(String.class).list())
                .as("one entry naming the business and the members signed out (not the one disabled already)")
                .singleElement().asString().contains("Test business", "2 members signed out");

        data.asAdmin(() -> {
            providerAccounts.enableBusiness(business.id());
            return null;
        });

        assertThat(BrowserClient.at(port).signsIn(owner.email(), TestData.PASSWORD)).as("the owner").isTrue();
        assertThat(BrowserClient.at(port).signsIn(staff.email(), TestData.PASSWORD)).as("the staff member").isTrue();
        assertThat(BrowserClient.at(port).signsIn(disabledByOwner.email(), TestData.PASSWORD))
                .as("the member their owner disabled stays disabled").isFalse();
        assertThat(ownerApi.get(CUSTOMERS).status()).isEqualTo(200);
        assertThat(staffApi.get(CUSTOMERS).status()).isEqualTo(200);
        assertThat(data.asAdmin(() -> providerAccounts.provider(business.id()).status()))
                .isEqualTo(AccountStatus.ENABLED);
    }

    @Test
    void adminsKeepWorkingWhileABusinessIsDisabled() {
        TestProvider business = data.newProvider();
        ApiClient admin = ApiClient.at(port, data.adminApiToken());
        try {
            data.setEnabled(business.email(), false);

            assertThat(admin.get("/api/admin/providers/" + business.id() + "/").json().get("status").asString())
                    .isEqualTo("disabled");
        } finally {
            data.revokeAdminApiTokens();
        }
    }

    private BrowserClient signedIn(TestMember member) {
        BrowserClient browser = BrowserClient.at(port);
        assertThat(browser.signsIn(member.email(), TestData.PASSWORD)).as("%s signs in", member.role()).isTrue();
        assertThat(browser.get("/customers").statusCode()).isEqualTo(200);
        return browser;
    }

    private static void assertSignedOut(BrowserClient browser) {
        var response = browser.get("/customers");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }
}

package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first use of an API token from an address is audited, once per token and address. */
@IntegrationTest
class ApiTokenAddressAuditTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewAddressIsAuditedOnce() throws Exception {
        TestProvider provider = data.newProvider();
        String token = data.apiToken(provider);
        InetAddress first = FormLogin.newAddress();
        InetAddress second = FormLogin.newAddress();

        for (int i = 0; i < 3; i++) {
            assertThat(get(first, token).statusCode()).isEqualTo(200);
        }
        assertThat(entries(provider.email())).as("three requests from one address").isEqualTo(1);
        assertThat(get(second, token).statusCode()).isEqualTo(200);
        assertThat(get(second, token).statusCode()).isEqualTo(200);

        assertThat(entries(provider.email())).as("one entry per address").isEqualTo(2);
        assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE target = ? AND action = 'API_TOKEN_NEW_ADDRESS'"
                + " ORDER BY id").param(provider.email()).query(String.class).list())
                .satisfiesExactly(d -> assertThat(d).contains(first.getHostAddress()),
                        d -> assertThat(d).contains(second.getHostAddress()));
        assertThat(jdbc.sql("SELECT remote_address FROM audit_entry WHERE target = ? AND action = 'API_TOKEN_NEW_ADDRESS'"
                + " ORDER BY id").param(provider.email()).query(String.class).list())
                .containsExactly(first.getHostAddress(), second.getHostAddress());
    }

    private long entries(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE target = ? AND action = 'API_TOKEN_NEW_ADDRESS'")
                .param(email).query(Long.class).single();
    }

    private HttpResponse<String> get(InetAddress from, String token) throws Exception {
        return HttpClient.newBuilder().localAddress(from).build().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + ApiClient.DASHBOARD + "/customer_stats/"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}

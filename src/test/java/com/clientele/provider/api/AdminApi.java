package com.clientele.provider.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the admin API tests share: paths, request bodies, and reading answers and audit entries. */
final class AdminApi {

    static final String PROVIDERS = "/api/admin/providers/";
    static final String PASSWORD = "initial-pass-123";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AdminApi() {
    }

    static String provider(long id) {
        return PROVIDERS + id + "/";
    }

    /** A JSON object from name, value, name, value ...; null values stay null. */
    static String json(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return JSON.writeValueAsString(body);
    }

    /** A valid create body for a new, unique e-mail, with the given fields put in or replaced. */
    static String newProvider(String email, Object... overrides) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("business_name", "Corner Salon");
        body.put("email", email);
        body.put("time_zone", "Europe/London");
        body.put("currency", "GBP");
        body.put("country", "GB");
        body.put("password", PASSWORD);
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == Absent.FIELD) {
                body.remove((String) overrides[i]);
            } else {
                body.put((String) overrides[i], overrides[i + 1]);
            }
        }
        return JSON.writeValueAsString(body);
    }

    /** Leaves a field out of {@link #newProvider}'s body. */
    enum Absent { FIELD }

    static String uniqueEmail(String name) {
        return name + "-" + System.nanoTime() + "@test.example";
    }

    static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        return response.json();
    }

    /** Asserts a problem+json answer with the status, and returns its errors object (empty when it has none). */
    static JsonNode problem(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        return body.has("errors") ? body.get("errors") : JSON.createObjectNode();
    }

    /** The audit actions recorded against an account e-mail, oldest first. */
    static List<String> auditActions(JdbcClient jdbc, String target) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE target = :target ORDER BY id")
                .param("target", target).query(String.class).list();
    }

    static long accounts(JdbcClient jdbc, String email) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE email = :email").param("email", email.toLowerCase())
                .query(Long.class).single();
    }
}

package com.clientele.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes every API endpoint the application serves, and Swagger UI is reachable. */
@IntegrationTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theDocumentListsEveryApiEndpointTheApplicationServes() {
        Set<String> served = new HashSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/"))
                .forEach(path -> info.getMethodsCondition().getMethods().forEach(verb ->
                        served.add(verb.name() + " " + path))));
        JsonNode document = docs();
        Set<String> documented = new HashSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().propertyNames().forEach(verb ->
                documented.add(verb.toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertThat(served).contains(
                "GET /api/bookings/provider_dashboard/customers/",
                "PATCH /api/bookings/provider_dashboard/customers/{relation_id}/",
                "GET /api/bookings/provider_dashboard/customer_stats/",
                "GET /api/bookings/provider_dashboard/recent_customer_activity/",
                "GET /api/bookings/provider_dashboard/customers/export/",
                "GET /api/bookings/provider_dashboard/customers/{relation_id}/",
                "GET /api/bookings/provider_dashboard/customers/{relation_id}/booking_history/",
                "POST /api/bookings/provider_dashboard/customers/{relation_id}/send_message/",
                "POST /api/bookings/provider_dashboard/customers/{relation_id}/toggle_favorite/",
                "POST /api/bookings/provider_dashboard/customers/{relation_id}/toggle_block/",
                "POST /api/bookings/provider_dashboard/imports/",
                "GET /api/admin/providers/",
                "POST /api/admin/providers/",
                "GET /api/admin/providers/{provider_id}/",
                "PATCH /api/admin/providers/{provider_id}/",
                "POST /api/admin/providers/{provider_id}/disable/",
                "POST /api/admin/providers/{provider_id}/enable/",
                "POST /api/admin/providers/{provider_id}/unlock/",
                "POST /api/admin/providers/{provider_id}/reset_password/");
        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void everyOperationNeedsTheBearerTokenAndDocumentsItsParametersAndProblems() {
        JsonNode document = docs();

        assertThat(document.get("components").get("securitySchemes").get("bearer").get("scheme").asString())
                .isEqualTo("bearer");
        assertThat(document.get("security").get(0).has("bearer")).isTrue();
        JsonNode list = document.get("paths").get("/api/bookings/provider_dashboard/customers/").get("get");
        Set<String> parameters = new HashSet<>();
        list.get("parameters").forEach(parameter -> parameters.add(parameter.get("name").asString()));
        assertThat(parameters).containsExactlyInAnyOrder("search", "status", "staff", "reliability_below", "ordering",
                "page", "page_size");
        list.get("parameters").forEach(parameter -> {
            if (parameter.get("name").asString().equals("status")) {
                assertThat(parameter.get("schema").get("enum").toString()).contains("new", "returning", "regular",
                        "favorite", "blocked");
            }
        });
        assertThat(list.get("responses").propertyNames()).contains("200", "400", "401", "429");
        assertThat(list.get("responses").get("401").get("content").has("application/problem+json")).isTrue();
        assertThat(list.get("responses").get("403").get("description").asString())
                .as("the operation's own reason is kept").contains("staff member");
        assertThat(list.get("responses").get("403").get("content").has("application/problem+json")).isTrue();
        JsonNode patch = document.get("paths").get("/api/bookings/provider_dashboard/customers/{relation_id}/")
                .get("patch");
        assertThat(patch.get("responses").propertyNames()).contains("200", "400", "404", "409", "415");
        assertThat(patch.get("parameters").toString()).contains("If-Match");
    }

    @Test
    void theImportIsAMultipartUploadWithItsReportAndProblems() {
        JsonNode post = docs().get("paths").get("/api/bookings/provider_dashboard/imports/").get("post");

        JsonNode form = post.get("requestBody").get("content").get("multipart/form-data").get("schema");
        Set<String> documented = new HashSet<>(form.get("properties").propertyNames());
        if (post.has("parameters")) {
            post.get("parameters").forEach(parameter -> documented.add(parameter.get("name").asString()));
        }
        assertThat(documented).contains("file", "kind", "mode", "columns", "dry_run");
        assertThat(post.get("responses").propertyNames()).contains("200", "400", "401", "409", "413", "429");
        assertThat(post.get("responses").get("200").get("content").toString()).contains("ImportReport");
    }

    @Test
    void theSchemasUseTheSeedsFieldNames() {
        JsonNode schemas = docs().get("components").get("schemas");

        assertThat(schemas.get("Customer").get("properties").propertyNames()).containsExactlyInAnyOrder("id",
                "customer", "customer_status", "is_favorite_customer", "is_blocked", "blocked_reason", "notes",
                "total_bookings", "completed_bookings", "cancelled_count", "no_show_count", "total_spent",
                "average_rating", "first_booking_date", "last_booking_date", "next_booking_date",
                // SPEC 11 beyond the seed
                "blocked_until", "reliability", "late_cancellation_count", "is_flagged", "flagged_reason",
                "rules_exemption");
        assertThat(schemas.get("CustomerStats").get("properties").propertyNames()).containsExactlyInAnyOrder(
                "total_customers", "regular_customers", "new_customers_this_month", "average_rating",
                "retention_rate");
        assertThat(schemas.get("CustomerPatch").get("properties").propertyNames()).containsExactlyInAnyOrder(
                "is_favorite_customer", "is_blocked", "blocked_reason", "blocked_until", "notes");
        assertThat(schemas.get("PageResourceCustomer").get("properties").propertyNames())
                .containsExactlyInAnyOrder("count", "next", "previous", "results");
    }

    @Test
    void theAdminEndpointsAreDocumentedWithTheirParametersSchemasAndProblems() {
        JsonNode document = docs();
        JsonNode providers = document.get("paths").get("/api/admin/providers/");
        JsonNode provider = document.get("paths").get("/api/admin/providers/{provider_id}/");

        Set<String> parameters = new HashSet<>();
        providers.get("get").get("parameters").forEach(parameter -> parameters.add(parameter.get("name").asString()));
        assertThat(parameters).containsExactlyInAnyOrder("search", "status", "ordering", "page", "page_size");
        assertThat(providers.get("post").get("responses").propertyNames()).contains("201", "400", "401", "403", "415");
        assertThat(provider.get("patch").get("responses").propertyNames()).contains("200", "400", "401", "403", "404");
        assertThat(provider.get("get").get("responses").get("404").get("description").asString())
                .isEqualTo("No such provider account");
        assertThat(document.get("security").get(0).has("bearer")).as("the bearer token, as everywhere").isTrue();

        JsonNode schemas = document.get("components").get("schemas");
        List<String> account = List.of("id", "business_name", "email", "time_zone", "currency", "country", "status",
                "locked_until", "password_change_required", "customer_count", "booking_count", "members_count",
                "owners", "last_login_at", "created_at");
        assertThat(schemas.get("ProviderAccount").get("properties").propertyNames())
                .containsExactlyInAnyOrderElementsOf(account);
        assertThat(schemas.get("ProviderAccount").get("properties").get("owners").get("items").get("$ref").asString())
                .endsWith("/ProviderOwner");
        assertThat(schemas.get("ProviderOwner").get("properties").propertyNames())
                .containsExactlyInAnyOrder("name", "email");
        assertThat(schemas.get("ProviderAccountWithPassword").get("properties").propertyNames())
                .containsAll(account).contains("generated_password");
        assertThat(schemas.get("NewProviderAccount").get("properties").propertyNames()).containsExactlyInAnyOrder(
                "business_name", "email", "time_zone", "currency", "country", "password", "generate_password",
                "password_change_required");
        assertThat(schemas.get("ProviderAccountPatch").get("properties").propertyNames()).containsExactlyInAnyOrder(
                "business_name", "email", "time_zone", "currency", "country");
        assertThat(schemas.get("PageResourceProviderAccount").get("properties").propertyNames())
                .containsExactlyInAnyOrder("count", "next", "previous", "results");
    }

    @Test
    void swaggerUiIsServedWithoutLogin() {
        ApiClient anonymous = ApiClient.at(port, null);

        Response page = anonymous.get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("swagger-ui");
        assertThat(anonymous.get("/swagger-ui.html").status()).isEqualTo(302);
        assertThat(anonymous.get("/v3/api-docs/swagger-config").status()).isEqualTo(200);
    }

    private JsonNode docs() {
        Response response = ApiClient.at(port, null).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }
}

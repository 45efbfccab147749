package com.clientele.webhook.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.provider.TeamRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The webhooks over real HTTP with an owner's API token: every endpoint, refusals as problem+json. */
@IntegrationTest
class WebhooksApiTest {

    private static final String WEBHOOKS = ApiClient.DASHBOARD + "/webhooks/";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;

    @Test
    void anOwnerCreatesReadsChangesRotatesAndDeletesAnEndpoint() {
        ApiClient owner = ApiClient.at(port, data.apiToken(data.newProvider()));

        ApiClient.Response created = owner.post(WEBHOOKS, """
                {"url": "https://127.0.0.1:8443/hooks", "description": "CRM",
                 "event_types": ["booking.created", "customer.blocked"]}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode endpoint = created.json();
        String secret = endpoint.get("secret").asString();
        assertThat(secret).startsWith("whsec_").hasSize(6 + 43);
        assertThat(endpoint.get("enabled").asBoolean()).isTrue();
        assertThat(endpoint.get("event_types")).extracting(JsonNode::asString)
                .containsExactly("customer.blocked", "booking.created");
        long id = endpoint.get("id").asLong();
        String path = WEBHOOKS + id + "/";

        ApiClient.Response list = owner.get(WEBHOOKS);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).as("the secret is answered once").doesNotContain(secret);
        assertThat(list.json()).extracting(node -> node.get("id").asLong()).containsExactly(id);
        assertThat(owner.get(path).json().get("secret_hint").asString()).isEqualTo(secret.substring(0, 10) + "…");

        ApiClient.Response patched = owner.patch(path, "{\"enabled\": false, \"event_types\": [\"review.created\"]}");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("enabled").asBoolean()).isFalse();
        assertThat(patched.json().get("url").asString()).as("unchanged").isEqualTo("https://127.0.0.1:8443/hooks");
        assertThat(patched.json().get("description").asString()).isEqualTo("CRM");
        assertThat(patched.json().get("event_types")).extracting(JsonNode::asString).containsExactly("review.created");

        ApiClient.Response rotated = owner.post(path + "rotate_secret/", null);
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.json().get("secret").asString()).startsWith("whsec_").isNotEqualTo(secret);

        ApiClient.Response deliveries = owner.get(path + "deliveries/");
        assertThat(deliveries.status()).isEqualTo(200);
        assertThat(deliveries.json().get("count").asLong()).isZero();
        assertThat(deliveries.json().get("results")).isEmpty();

        assertThat(owner.send("DELETE", path, null, null).status()).isEqualTo(204);
        assertThat(owner.get(path).status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedFieldByFieldInTheReadersLanguageAndNothingIsCreated() {
        ApiClient owner = ApiClient.at(port, data.apiToken(data.newProvider()));

        ApiClient.Response refused = owner.post(WEBHOOKS, """
                {"url": "http://hooks.example.com/in", "event_types": ["booking.created", "booking.deleted"],
                 "description": "%s"}""".formatted("d".repeat(201)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = refused.json().get("errors");
        assertThat(errors.get("url").asString()).isEqualTo("The URL must start with https:// (http:// only to localhost)");
        assertThat(errors.get("event_types").asString()).startsWith("Give a list of event types, each one of:");
        assertThat(errors.has("description")).isTrue();

        ApiClient.Response german = owner.send("POST", WEBHOOKS, "application/json",
                "{\"url\": \"https://hooks.example.com/in\", \"event_types\": []}", "Accept-Language", "de");
        assertThat(german.status()).isEqualTo(400);
        assertThat(german.json().get("errors").get("event_types").asString()).isEqualTo("Wählen Sie mindestens ein Ereignis");

        ApiClient.Response unknown = owner.post(WEBHOOKS, "{\"url\": \"https://x.example\", \"secret\": \"mine\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").has("secret")).isTrue();

        assertThat(owner.get(WEBHOOKS).json()).as("nothing was created").isEmpty();
    }

    @Test
    void aPatchWithABadValueChangesNothing() {
        ApiClient owner = ApiClient.at(port, data.apiToken(data.newProvider()));
        long id = owner.post(WEBHOOKS, "{\"url\": \"https://127.0.0.1/a\", \"event_types\": [\"booking.created\"]}")
                .json().get("id").asLong();

        ApiClient.Response refused = owner.patch(WEBHOOKS + id + "/",
                "{\"url\": \"https://127.0.0.1/b\", \"event_types\": [\"nothing.happened\"]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(owner.get(WEBHOOKS + id + "/").json().get("url").asString()).isEqualTo("https://127.0.0.1/a");
    }

    @Test
    void anotherBusinesssEndpointIsNotFoundAndOtherRolesAreRefused() {
        TestProvider a = data.newProvider();
        TestProvider b = data.newProvider();
        ApiClient bOwner = ApiClient.at(port, data.apiToken(b));
        long bId = bOwner.post(WEBHOOKS, "{\"url\": \"https://127.0.0.1/b\", \"event_types\": [\"booking.created\"]}")
                .json().get("id").asLong();
        ApiClient aOwner = ApiClient.at(port, data.apiToken(a));

        for (ApiClient.Response response : new ApiClient.Response[] {aOwner.get(WEBHOOKS + bId + "/"),
                aOwner.patch(WEBHOOKS + bId + "/", "{\"enabled\": false}"),
                aOwner.post(WEBHOOKS + bId + "/rotate_secret/", null),
                aOwner.get(WEBHOOKS + bId + "/deliveries/"),
                aOwner.send("DELETE", WEBHOOKS + bId + "/", null, null)}) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(aOwner.get(WEBHOOKS).json()).isEmpty();
        assertThat(bOwner.get(WEBHOOKS + bId + "/").json().get("enabled").asBoolean()).as("B's unchanged").isTrue();

        ApiClient manager = ApiClient.at(port, data.apiToken(data.newMember(a, TeamRole.MANAGER)));
        ApiClient.Response refused = manager.get(WEBHOOKS);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }
}

package com.clientele.workspace.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingStatus;
import com.clientele.provider.TeamRole;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** SPEC 12 through the REST API: list and dismiss pairs, merge, the old id's hint, the history and undo. */
@IntegrationTest
class MergesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;

    @Test
    void listMergeFollowTheHintAndUndoThroughTheApi() {
        TestProvider provider = data.newProvider();
        ApiClient api = ApiClient.at(port, data.apiToken(provider));
        BookingRef kept = data.book(provider, "Mara Quinn", "mara.quinn@gmail.com", BookingStatus.COMPLETED, "30.00", 20);
        BookingRef other = data.book(provider, "Mara Quinn", "MaraQuinn+web@gmail.com", BookingStatus.COMPLETED,
                "45.00", 5);
        BookingRef third = data.book(provider, "Mara Quinn", "mara.q@gmail.com", BookingStatus.COMPLETED, "10.00", 2);
        String duplicates = ApiClient.DASHBOARD + "/duplicates/";
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get(duplicates).json().get("count").asInt() >= 1);

        JsonNode page = api.get(duplicates + "?ordering=score").json();
        JsonNode pair = page.get("results").get(0);
        assertThat(pair.get("score").asInt()).isEqualTo(80);
        assertThat(pair.get("reasons").toString()).isEqualTo("[\"same_email\",\"same_name\"]");
        assertThat(pair.get("first").get("id").asLong()).isEqualTo(kept.relationId());
        assertThat(api.get(duplicates + "?ordering=oldest").status()).isEqualTo(400);

        String merge = ApiClient.DASHBOARD + "/customers/" + kept.relationId() + "/merge/";
        assertThat(api.post(merge, "{\"other_id\": " + kept.relationId() + "}").status()).as("itself").isEqualTo(400);
        assertThat(api.post(merge, "{}").status()).as("no other").isEqualTo(400);
        Response badPick = api.post(merge, "{\"other_id\": " + other.relationId() + ", \"name\": \"both\"}");
        assertThat(badPick.status()).isEqualTo(400);
        assertThat(badPick.json().get("errors").propertyNames()).contains("name");
        Response merged = api.post(merge, "{\"other_id\": " + other.relationId() + ", \"email\": \"other\"}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().get("id").asLong()).isEqualTo(kept.relationId());
        assertThat(merged.json().get("total_bookings").asInt()).isEqualTo(2);
        assertThat(merged.json().get("customer").get("email").asString()).isEqualTo("maraquinn+web@gmail.com");
        Response again = api.post(merge, "{\"other_id\": " + other.relationId() + "}");
        assertThat(again.status()).as("the other is merged already").isEqualTo(409);

        Response gone = api.get(ApiClient.DASHBOARD + "/customers/" + other.relationId() + "/");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.problem().get("merged_into").asLong()).isEqualTo(kept.relationId());

        JsonNode history = api.get(ApiClient.DASHBOARD + "/merges/").json();
        assertThat(history.get("count").asInt()).isEqualTo(1);
        JsonNode record = history.get("results").get(0);
        assertThat(record.get("undoable").asBoolean()).isTrue();
        assertThat(record.get("merged_id").asLong()).isEqualTo(other.relationId());
        String undo = ApiClient.DASHBOARD + "/merges/" + record.get("id").asLong() + "/undo/";
        Response undone = api.post(undo, null);
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(undone.json().get("undoable").asBoolean()).isFalse();
        assertThat(api.post(undo, null).status()).as("twice").isEqualTo(409);
        assertThat(api.get(ApiClient.DASHBOARD + "/customers/" + other.relationId() + "/").status()).isEqualTo(200);

        // another business, and a role that may not merge
        ApiClient stranger = ApiClient.at(port, data.apiToken(data.newProvider()));
        assertThat(stranger.post(merge.replace(String.valueOf(kept.relationId()), String.valueOf(third.relationId())),
                "{\"other_id\": " + kept.relationId() + "}").status()).isEqualTo(404);
        assertThat(stranger.post(undo, null).status()).isEqualTo(404);
        ApiClient staff = ApiClient.at(port, data.apiToken(data.newMember(provider, TeamRole.STAFF)));
        assertThat(staff.get(duplicates).status()).isEqualTo(403);
        long pairId = api.get(duplicates).json().get("results").get(0).get("id").asLong();
        assertThat(api.post(duplicates + pairId + "/dismiss/", null).status()).isEqualTo(204);
        assertThat(api.post(duplicates + pairId + "/dismiss/", null).status()).isEqualTo(404);
    }
}

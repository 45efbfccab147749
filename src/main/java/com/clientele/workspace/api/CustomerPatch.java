package com.clientele.workspace.api;

import com.clientele.base.InvalidInputException;
import com.clientele.base.api.JsonBody;
import com.clientele.customer.CustomerUpdate;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The body of a customer PATCH: any of these fields; the ones left out stay as they are. */
@Schema(name = "CustomerPatch", description = "Send only the fields to change. All changes apply together or not at"
        + " all. Unknown fields are refused.")
record CustomerPatch(
        @JsonProperty("is_favorite_customer") Boolean favorite,
        @JsonProperty("is_blocked") @Schema(description = "true blocks (needs blocked_reason), false unblocks")
        Boolean blocked,
        @JsonProperty("blocked_reason") @Schema(nullable = true, maxLength = 500,
                description = "Why the customer is blocked; required with is_blocked true, only allowed with it")
        String blockedReason,
        @JsonProperty("blocked_until") @Schema(nullable = true, format = "date-time", description = "When the block"
                + " ends by itself (ISO-8601 with offset, in the future, at most 5 years ahead); only allowed with"
                + " is_blocked true; left out or null blocks until lifted") String blockedUntil,
        @JsonProperty("notes") @Schema(nullable = true, maxLength = 10_000,
                description = "Replaces the private notes; null or blank clears them") String notes) {

    static final String FAVORITE = "is_favorite_customer";
    static final String BLOCKED = "is_blocked";
    static final String REASON = "blocked_reason";
    static final String UNTIL = "blocked_until";
    static final String NOTES = "notes";
    static final List<String> FIELDS = List.of(FAVORITE, BLOCKED, REASON, UNTIL, NOTES);

    static CustomerUpdate parse(JsonNode body, Long expectedVersion) {
        JsonBody json = JsonBody.object(body, FIELDS);
        if (FIELDS.stream().noneMatch(json::has)) {
            throw new InvalidInputException("body", "api.body.none-of", String.join(", ", FIELDS));
        }
        Boolean favorite = json.bool(FAVORITE);
        Boolean blocked = json.bool(BLOCKED);
        String reason = json.text(REASON);
        Instant until = json.instant(UNTIL);
        String notes = json.text(NOTES);
        json.validate();
        return new CustomerUpdate(favorite, blocked, reason, until, json.has(NOTES), notes, expectedVersion);
    }
}

package com.clientele.provider.api;

import static com.clientele.provider.api.ProviderFields.BUSINESS_NAME;
import static com.clientele.provider.api.ProviderFields.COUNTRY;
import static com.clientele.provider.api.ProviderFields.CURRENCY;
import static com.clientele.provider.api.ProviderFields.EMAIL;
import static com.clientele.provider.api.ProviderFields.TIME_ZONE;

import com.clientele.base.InvalidInputException;
import com.clientele.base.api.JsonBody;
import com.clientele.provider.ProviderAccount;
import com.clientele.provider.ProviderChanges;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The body of a provider PATCH: any of these fields; the ones left out stay as they are. */
@Schema(name = "ProviderAccountPatch", description = "Send only the fields to change; all apply together or none."
        + " A new e-mail signs the provider out everywhere. Unknown fields (the password among them: see"
        + " reset_password) are refused.")
record ProviderPatch(
        @JsonProperty(BUSINESS_NAME) @Schema(maxLength = 200) String businessName,
        @JsonProperty(EMAIL) @Schema(maxLength = 254, description = "Unique, compared case-insensitively")
        String email,
        @JsonProperty(TIME_ZONE) @Schema(example = "Europe/London") String timeZone,
        @JsonProperty(CURRENCY) @Schema(example = "GBP") String currency,
        @JsonProperty(COUNTRY) @Schema(example = "GB") String country) {

    static final List<String> FIELDS = List.of(BUSINESS_NAME, EMAIL, TIME_ZONE, CURRENCY, COUNTRY);

    /** The account's current values with the body's fields put in their place. */
    static ProviderChanges apply(JsonNode body, ProviderAccount current) {
        JsonBody json = JsonBody.object(body, FIELDS);
        if (FIELDS.stream().noneMatch(json::has)) {
            throw new InvalidInputException("body", "api.body.none-of", String.join(", ", FIELDS));
        }
        ProviderChanges changes = new ProviderChanges(
                json.has(BUSINESS_NAME) ? json.text(BUSINESS_NAME) : current.businessName(),
                json.has(EMAIL) ? json.text(EMAIL) : current.email(),
                json.has(TIME_ZONE) ? json.text(TIME_ZONE) : current.timeZone(),
                json.has(CURRENCY) ? json.text(CURRENCY) : current.currency(),
                json.has(COUNTRY) ? json.text(COUNTRY) : current.country());
        json.validate();
        return changes;
    }
}

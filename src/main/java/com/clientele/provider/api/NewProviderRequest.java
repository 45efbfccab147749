package com.clientele.provider.api;

import static com.clientele.provider.api.ProviderFields.BUSINESS_NAME;
import static com.clientele.provider.api.ProviderFields.COUNTRY;
import static com.clientele.provider.api.ProviderFields.CURRENCY;
import static com.clientele.provider.api.ProviderFields.EMAIL;
import static com.clientele.provider.api.ProviderFields.GENERATE_PASSWORD;
import static com.clientele.provider.api.ProviderFields.PASSWORD;
import static com.clientele.provider.api.ProviderFields.PASSWORD_CHANGE_REQUIRED;
import static com.clientele.provider.api.ProviderFields.TIME_ZONE;

import com.clientele.base.InvalidInputException;
import com.clientele.base.api.JsonBody;
import com.clientele.provider.NewProvider;
import com.clientele.provider.Passwords;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The body that creates a provider account: the business, its sign-in and its first password. */
@Schema(name = "NewProviderAccount", description = "Send either a password or generate_password: true. Unknown fields"
        + " are refused.")
record NewProviderRequest(
        @JsonProperty(BUSINESS_NAME) @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200)
        String businessName,
        @JsonProperty(EMAIL) @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 254,
                description = "The sign-in; unique, compared case-insensitively") String email,
        @JsonProperty(TIME_ZONE) @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Europe/London",
                description = "IANA time zone") String timeZone,
        @JsonProperty(CURRENCY) @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "GBP",
                description = "ISO 4217 code") String currency,
        @JsonProperty(COUNTRY) @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "GB",
                description = "ISO 3166 region, for reading phone numbers") String country,
        @JsonProperty(PASSWORD) @Schema(nullable = true, minLength = Passwords.MIN_LENGTH,
                maxLength = Passwords.MAX_LENGTH, description = Passwords.RULES + "; not the e-mail address")
        String password,
        @JsonProperty(GENERATE_PASSWORD) @Schema(defaultValue = "false", description = "true: the application"
                + " generates the password and returns it once, as generated_password") Boolean generatePassword,
        @JsonProperty(PASSWORD_CHANGE_REQUIRED) @Schema(defaultValue = "true", description = "Whether the provider"
                + " must choose a new password at the first sign-in; always true for a generated password")
        Boolean passwordChangeRequired) {

    static final List<String> FIELDS = List.of(BUSINESS_NAME, EMAIL, TIME_ZONE, CURRENCY, COUNTRY, PASSWORD,
            GENERATE_PASSWORD, PASSWORD_CHANGE_REQUIRED);

    /**
     * Reads the body strictly: the shape of the request (types, unknown fields). What the values
     * must be, and whether a password is sent or generated, is the service's to say.
     */
    static NewProvider parse(JsonNode body) {
        JsonBody json = JsonBody.object(body, FIELDS);
        String businessName = json.text(BUSINESS_NAME);
        String email = json.text(EMAIL);
        String timeZone = json.text(TIME_ZONE);
        String currency = json.text(CURRENCY);
        String country = json.text(COUNTRY);
        String password = json.text(PASSWORD);
        boolean generate = Boolean.TRUE.equals(json.bool(GENERATE_PASSWORD));
        Boolean mustChange = json.bool(PASSWORD_CHANGE_REQUIRED);
        json.validate();
        return new NewProvider(businessName, email, timeZone, currency, country, password,
                !Boolean.FALSE.equals(mustChange), generate);
    }
}

package com.clientele.provider.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A provider account with the password the application just generated for it: the only time that
 * password is ever shown, since it is stored only as a hash.
 */
@Schema(name = "ProviderAccountWithPassword", description = "The provider account, and a generated password shown"
        + " this once")
record ProviderWithPasswordResource(
        @JsonUnwrapped ProviderResource provider,
        @JsonProperty("generated_password") @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, description = "The generated password, shown only in this answer. Absent when the"
                + " admin chose the password.") String generatedPassword) {
}

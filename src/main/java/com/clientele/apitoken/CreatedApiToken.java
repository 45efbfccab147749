package com.clientele.apitoken;

/** A token just created: the only moment its value is known outside the client that keeps it. */
public record CreatedApiToken(ApiTokenSummary summary, String token) {
}

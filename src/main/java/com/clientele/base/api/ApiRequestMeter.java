package com.clientele.base.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;

/**
 * {@code clientele.api.requests}: every {@code /api/} request by response status and method,
 * counted in the API's outermost filter. Spring's {@code http.server.requests} times requests too,
 * but those the security chain or the body cap answer (401, 403, 413, 429) never reach a controller
 * and carry {@code uri="UNKNOWN"} there, alongside the UI's and static files' requests: it cannot
 * tell how the API answers its callers. This counter can (docs/operations.md).
 */
final class ApiRequestMeter {

    static final String NAME = "clientele.api.requests";
    /** The methods a tag may name; anything else is OTHER, so a client cannot make new series. */
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final MeterRegistry registry;

    ApiRequestMeter(MeterRegistry registry) {
        this.registry = registry;
    }

    void answered(String method, int status) {
        Counter.builder(NAME)
                .description("REST API requests (/api/**) by response status and method, refusals included")
                .tag("status", String.valueOf(status))
                .tag("method", METHODS.contains(method) ? method : "OTHER")
                .register(registry)
                .increment();
    }
}

package com.clientele.base.api;

import com.clientele.base.RequestIds;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document (served at /v3/api-docs, browsable at /swagger-ui.html): the bearer token
 * scheme for every operation, and the problem responses every API error uses.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    static final String ADMIN_PATHS = "/api/admin/";
    static final String TEAM_PATHS = "/api/bookings/provider_dashboard/team/";

    private static final String DESCRIPTION = """
            The provider's customers, for integrations, under `/api/bookings/provider_dashboard/`: paths, \
            parameters and field names follow the original provider dashboard API, trailing slashes included. \
            For admins, the provider accounts under `/api/admin/providers/`.

            **Authentication.** Create a token on the *API access* page of the app and send it as \
            `Authorization: Bearer <token>`. A token acts for the account that created it: a provider's token \
            sees only that provider's customers, an admin's token only the admin endpoints (403 elsewhere).

            **Team roles.** A member's token does what the member's role may do in the business: owners and \
            managers everything with customers, front desk all but notes, blocking and export; a staff member's \
            token sees and acts for their own customers only (those with a booking assigned to them) and finds \
            any other customer 404, like another business's. What a role may not do at all is 403.

            **Errors** are `application/problem+json` (RFC 9457). Bad input answers 400 with an `errors` \
            object naming each parameter or field. Another provider's customer is 404, as if it did not exist. \
            Every problem carries `request_id`, the id of the request that the `X-Request-Id` response header \
            also gives (send your own `X-Request-Id`, up to 64 of `A-Z a-z 0-9 . _ -`, to choose it).

            **Concurrent changes.** Reading a customer returns its version as the `ETag`. Send it back as \
            `If-Match` with a change: if someone changed the customer meanwhile the answer is 409 and nothing \
            is written; read again and retry. Without `If-Match` a change applies to the current version.

            **Rate limit.** Per token, 20 requests a second with bursts of up to 40; beyond that 429 with \
            `Retry-After` in seconds.""";

    @Bean
    OpenAPI clienteleOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Clientele API").version("1").description(DESCRIPTION))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API token from the API access page")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> addProblems(path, operation)));
        };
    }

    /** The problems every operation may answer; an operation's own description of one is kept. */
    private static void addProblems(String path, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean hasInput = operation.getParameters() != null && !operation.getParameters().isEmpty()
                || operation.getRequestBody() != null;
        if (hasInput) {
            add(responses, "400", problem("Bad input: the errors object names each parameter or field"));
        }
        add(responses, "401", problem("No token, or an unknown or revoked one, or a disabled account"));
        add(responses, "403", problem("The token's account may not use this endpoint"));
        if (path.contains("{")) {
            add(responses, "404", problem(path.startsWith(ADMIN_PATHS) ? "No such provider account"
                    : path.startsWith(TEAM_PATHS) ? "No such member or invitation in this business"
                    : "No such customer for this provider"));
        }
        boolean ifMatch = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "If-Match".equalsIgnoreCase(parameter.getName()));
        if (ifMatch) {
            add(responses, "409", problem("Changed elsewhere since the If-Match version was read"));
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", problem("The request body is larger than 256 KB"));
            add(responses, "415", problem("The body must be application/json"));
        }
        add(responses, "429", problem("Too many requests with this token; see Retry-After"));
        add(responses, "500", problem("Unexpected error; nothing was changed"));
        add(responses, "503", problem("The database cannot be reached right now; see Retry-After"));
    }

    /** Adds a problem response unless the operation describes that status itself. */
    private static void add(ApiResponses responses, String status, ApiResponse problem) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, problem);
        }
    }

    private static ApiResponse problem(String description) {
        Schema<?> schema = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json", new MediaType().schema(schema)));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An error, RFC 9457")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("page: Pages are numbered from 1"))
                .addProperty("instance", new StringSchema().example("/api/bookings/provider_dashboard/customers/"))
                .addProperty(RequestIds.PROBLEM_PROPERTY, new StringSchema()
                        .description("The request's id, as in the X-Request-Id response header: quote it when"
                                + " reporting a problem")
                        .example("3f1c2a9e-6b7d-4e2f-9a51-0c8d7e6f5a4b"))
                .addProperty(ApiProblems.ERRORS, new ObjectSchema()
                        .description("Bad input only: what is wrong with each parameter or field")
                        .additionalProperties(new StringSchema())
                        .example(Map.of("page", "Pages are numbered from 1")));
    }
}

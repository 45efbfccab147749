package com.clientele.webhook.api;

import com.clientele.base.InvalidInputException;
import com.clientele.base.Text;
import com.clientele.base.api.JsonBody;
import com.clientele.base.api.PageResource;
import com.clientele.base.api.Paging;
import com.clientele.webhook.WebhookDelivery;
import com.clientele.webhook.WebhookEndpoint;
import com.clientele.webhook.WebhookEndpointRequest;
import com.clientele.webhook.WebhookEventType;
import com.clientele.webhook.WebhookService;
import com.clientele.webhook.api.WebhookResources.DeliveryResource;
import com.clientele.webhook.api.WebhookResources.EndpointRequest;
import com.clientele.webhook.api.WebhookResources.EndpointResource;
import com.clientele.webhook.api.WebhookResources.EndpointWithSecretResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The webhooks over REST (SPEC §15, API parity), for an owner's API token: the same
 * {@link WebhookService} methods as the webhooks page, which hold every rule, the role check and the
 * audit trail. docs/webhooks.md describes the events, the headers and how to verify a signature.
 */
@RestController
@RequestMapping(WebhooksApiController.PATH)
@Tag(name = "Webhooks", description = "Owners only: endpoints that receive the business's customer, booking and"
        + " review events as signed POSTs (see docs/webhooks.md), and each endpoint's delivery log. The secret is"
        + " answered once, on create and rotate_secret. Other roles' tokens get 403.")
class WebhooksApiController {

    static final String PATH = "/api/bookings/provider_dashboard/webhooks";

    private static final String ENDPOINT_ID = "The endpoint id";
    private static final String NOT_FOUND = "No such endpoint in this business";
    private static final String BAD_INPUT = "A field is missing or wrong; `errors` names which: url (not https, a"
            + " private address, unknown host), event_types (empty or not one of " + WebhookResources.EVENT_TYPES
            + "), description (over 200 characters)";

    private final WebhookService webhooks;

    WebhooksApiController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping("/")
    @Operation(summary = "List the endpoints", description = "The business's endpoints, oldest first, without"
            + " their secrets.")
    List<EndpointResource> list() {
        return webhooks.list().stream().map(EndpointResource::of).toList();
    }

    @PostMapping(path = "/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an endpoint", description = "The answer holds the signing secret, the only time"
            + " it is shown. enabled defaults to true.")
    @ApiResponse(responseCode = "201", description = "The new endpoint with its secret")
    @ApiResponse(responseCode = "400", description = BAD_INPUT,
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "The business has 20 endpoints already",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    EndpointWithSecretResource create(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = EndpointRequest.class))) @RequestBody JsonNode body) {
        JsonBody json = JsonBody.object(body, EndpointRequest.FIELDS);
        Map<String, Text> errors = new LinkedHashMap<>();
        String url = json.text("url");
        String description = json.text("description");
        Boolean enabled = json.bool("enabled");
        Set<WebhookEventType> types = eventTypes(body, errors).orElse(Set.of());
        json.validate();
        return EndpointWithSecretResource.of(apiErrors(errors, () -> webhooks.create(
                new WebhookEndpointRequest(url, description, errors.isEmpty() ? types : Set.of(),
                        enabled == null || enabled))));
    }

    @GetMapping("/{webhook_id}/")
    @Operation(summary = "One endpoint")
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    EndpointResource find(@Parameter(description = ENDPOINT_ID) @PathVariable("webhook_id") long id) {
        return EndpointResource.of(webhooks.find(id));
    }

    @PatchMapping(path = "/{webhook_id}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change an endpoint", description = "Any of url, description, event_types and enabled."
            + " Turning it off keeps its pending deliveries; turning it on sends them.")
    @ApiResponse(responseCode = "400", description = BAD_INPUT,
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    EndpointResource update(@Parameter(description = ENDPOINT_ID) @PathVariable("webhook_id") long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = EndpointRequest.class)))
            @RequestBody JsonNode body) {
        JsonBody json = JsonBody.object(body, EndpointRequest.FIELDS);
        Map<String, Text> errors = new LinkedHashMap<>();
        String url = json.text("url");
        String description = json.text("description");
        Boolean enabled = json.bool("enabled");
        Optional<Set<WebhookEventType>> types = eventTypes(body, errors);
        json.validate();
        WebhookEndpoint current = webhooks.find(id);
        WebhookEndpointRequest request = new WebhookEndpointRequest(json.has("url") ? url : current.url(),
                json.has("description") ? description : current.description(),
                errors.isEmpty() ? types.orElse(current.eventTypes()) : Set.of(),
                enabled == null ? current.enabled() : enabled);
        return EndpointResource.of(apiErrors(errors, () -> webhooks.update(id, request)));
    }

    @DeleteMapping("/{webhook_id}/")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an endpoint", description = "With its deliveries and their log.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    void delete(@Parameter(description = ENDPOINT_ID) @PathVariable("webhook_id") long id) {
        webhooks.delete(id);
    }

    @PostMapping("/{webhook_id}/rotate_secret/")
    @Operation(summary = "Rotate the secret", description = "A new signing secret, answered this once; the old one"
            + " stops signing at once.")
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    EndpointWithSecretResource rotateSecret(@Parameter(description = ENDPOINT_ID) @PathVariable("webhook_id") long id) {
        return EndpointWithSecretResource.of(webhooks.rotateSecret(id));
    }

    @GetMapping("/{webhook_id}/deliveries/")
    @Operation(summary = "The endpoint's delivery log", description = "Newest first: each event with its status,"
            + " attempts and the latest attempt's status code or error.")
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    PageResource<DeliveryResource> deliveries(@Parameter(description = ENDPOINT_ID) @PathVariable("webhook_id") long id,
            @Parameter(description = "Page number, from 1", schema = @Schema(type = "integer", minimum = "1",
                    defaultValue = "1")) @RequestParam(required = false) String page,
            @Parameter(description = "Deliveries per page", schema = @Schema(type = "integer", minimum = "1",
                    maximum = "100", defaultValue = "20"))
            @RequestParam(name = "page_size", required = false) String pageSize) {
        Map<String, Text> errors = new LinkedHashMap<>();
        Paging paging = Paging.parse(page, pageSize, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int count = webhooks.countDeliveries(id);
        paging.requireWithin(count);
        List<DeliveryResource> results = webhooks.deliveries(id, paging.offset(), paging.size()).stream()
                .map(DeliveryResource::of).toList();
        return paging.resource(count, results, Map.of());
    }

    @PostMapping("/{webhook_id}/deliveries/{delivery_id}/redeliver/")
    @Operation(summary = "Deliver an event again", description = "A new attempt within seconds, also for a delivery"
            + " that was delivered or failed, with a fresh 24-hour retry window.")
    @ApiResponse(responseCode = "404", description = "No such endpoint in this business, or no such delivery of it",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "The endpoint is turned off",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    DeliveryResource redeliver(@Parameter(description = ENDPOINT_ID) @PathVariable("webhook_id") long id,
            @Parameter(description = "The delivery id") @PathVariable("delivery_id") long deliveryId) {
        WebhookDelivery delivery = webhooks.redeliver(id, deliveryId);
        return DeliveryResource.of(delivery);
    }

    /** The event_types array, empty when absent; a value that is no array of known codes goes to {@code errors}. */
    private static Optional<Set<WebhookEventType>> eventTypes(JsonNode body, Map<String, Text> errors) {
        JsonNode value = body.get("event_types");
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            errors.put("event_types", Text.of("webhook.error.events.unknown", WebhookResources.EVENT_TYPES));
            return Optional.empty();
        }
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        for (JsonNode item : value) {
            Optional<WebhookEventType> type = item.isString() ? WebhookEventType.ofCode(item.stringValue())
                    : Optional.empty();
            if (type.isEmpty()) {
                errors.put("event_types", Text.of("webhook.error.events.unknown", WebhookResources.EVENT_TYPES));
                return Optional.empty();
            }
            type.ifPresent(types::add);
        }
        return Optional.of(types);
    }

    /**
     * Runs the service call and reports its field errors under the API's names, together with the
     * problems found in the body. With body problems the call gets no event types, so the service
     * refuses it (writing nothing) and still names the other fields' problems.
     */
    private static <T> T apiErrors(Map<String, Text> bodyErrors, Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInputException refused) {
            Map<String, Text> all = new LinkedHashMap<>();
            refused.errors().forEach((field, text) -> all.put(field.equals("eventTypes") ? "event_types" : field, text));
            all.putAll(bodyErrors);
            throw new InvalidInputException(all);
        }
    }
}

package com.clientele.workspace.api;

import com.clientele.base.Text;
import com.clientele.base.api.JsonBody;
import com.clientele.base.api.PageResource;
import com.clientele.base.api.Paging;
import com.clientele.booking.BookingHistory;
import com.clientele.customer.CustomerService;
import com.clientele.messaging.MessageService;
import com.clientele.messaging.NewMessage;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * A customer's booking history and messages, as the seed's client asks for them. The URLs carry the
 * relation id like every customer URL; the services work with the customer id behind it.
 */
@RestController
@RequestMapping(ProviderDashboard.PATH)
@Tag(name = "Customers")
class CustomerHistoryApiController {

    private final CustomerService customers;
    private final BookingHistory history;
    private final MessageService messages;

    CustomerHistoryApiController(CustomerService customers, BookingHistory history, MessageService messages) {
        this.customers = customers;
        this.history = history;
        this.messages = messages;
    }

    @GetMapping("/customers/{relation_id}/booking_history/")
    @Operation(summary = "A customer's booking history", description = "All bookings with this provider, newest"
            + " first, with their reviews.")
    PageResource<BookingResource> bookings(@PathVariable("relation_id") long relationId,
            @Parameter(description = "Page number, from 1", schema = @Schema(type = "integer", minimum = "1",
                    defaultValue = "1")) @RequestParam(required = false) String page,
            @Parameter(description = "Bookings per page", schema = @Schema(type = "integer", minimum = "1",
                    maximum = "100", defaultValue = "20"))
            @RequestParam(name = "page_size", required = false) String pageSize) {
        Map<String, Text> errors = new LinkedHashMap<>();
        Paging paging = Paging.parse(page, pageSize, errors);
        CustomerQuery.check(errors);
        long customerId = customers.details(relationId).customerId();
        int count = history.countBookings(customerId);
        paging.requireWithin(count);
        List<BookingResource> results = history.bookings(customerId, paging.offset(), paging.size()).stream()
                .map(BookingResource::of).toList();
        return paging.resource(count, results, Map.of());
    }

    @PostMapping(path = "/customers/{relation_id}/send_message/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send a message to a customer", description = "Stored in the customer's history and"
            + " delivered by e-mail where e-mail is set up; otherwise it stays queued.")
    @ApiResponse(responseCode = "201", description = "The stored message")
    MessageResource send(@PathVariable("relation_id") long relationId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = MessageRequest.class)))
            @RequestBody JsonNode body) {
        JsonBody json = JsonBody.object(body, MessageRequest.FIELDS);
        NewMessage message = new NewMessage(json.text(MessageRequest.SUBJECT), json.text(MessageRequest.BODY));
        json.validate();
        long customerId = customers.details(relationId).customerId();
        return MessageResource.of(messages.send(customerId, message));
    }

    @Schema(name = "MessageRequest")
    record MessageRequest(
            @JsonProperty(SUBJECT) @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200,
                    description = "One line") String subject,
            @JsonProperty(BODY) @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 10_000) String body) {

        static final String SUBJECT = "subject";
        static final String BODY = "body";
        static final List<String> FIELDS = List.of(SUBJECT, BODY);
    }
}

package com.clientele.booking.api;

import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.Text;
import com.clientele.base.api.JsonBody;
import com.clientele.booking.BookingQueries;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingService;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerService;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Bookings over the API (SPEC §10, API parity): created and given a staff member through the same
 * {@link BookingService} methods as the bookings screen, which hold every rule and role check.
 */
@RestController
@RequestMapping(ImportsApiController.PATH)
@Tag(name = "Bookings", description = "Book customers and name the member of the team who serves them")
class BookingsApiController {

    private final BookingService bookings;
    private final BookingQueries queries;
    private final CustomerService customers;

    BookingsApiController(BookingService bookings, BookingQueries queries, CustomerService customers) {
        this.bookings = bookings;
        this.queries = queries;
        this.customers = customers;
    }

    @PostMapping(path = "/bookings/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a booking", description = "As the new-booking dialog does: for a customer of the list"
            + " or a new one, with the member of the team who serves it (optional). A staff member books their own"
            + " customers (or a new one) for themselves; a blocked customer cannot be booked.")
    @ApiResponse(responseCode = "201", description = "The new booking")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong; `errors` names which (a"
            + " staff_member_id not of the team: \"Choose a member of your team\")",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "No such customer (relation_id), or not one this member may book",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "The customer is blocked",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    BookingDetailResource create(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = BookingRequest.class))) @RequestBody JsonNode body) {
        BookingRequest.Parsed parsed = BookingRequest.parse(body);
        BookingRequest.requireOneCustomer(parsed);
        NewBooking booking = parsed.relationId() == null ? parsed.booking()
                : parsed.forCustomer(customers.details(parsed.relationId()).customerId());
        BookingRef created;
        try {
            created = bookings.create(booking);
        } catch (InvalidInputException refused) {
            throw BookingRequest.apiNames(refused);
        }
        return found(created.bookingId());
    }

    @PatchMapping(path = "/bookings/{booking_id}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change who serves a booking", description = "Names another member of the team, or nobody"
            + " (null). Owners, managers and front desk; a staff member's bookings are their own.")
    @ApiResponse(responseCode = "200", description = "The changed booking")
    @ApiResponse(responseCode = "400", description = "staff_member_id is missing, not a whole number or not of the"
            + " team", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "403", description = "A staff member's token",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "No such booking",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    BookingDetailResource update(@PathVariable("booking_id") long bookingId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = BookingPatch.class)))
            @RequestBody JsonNode body) {
        JsonBody.object(body, BookingPatch.FIELDS);
        Map<String, Text> errors = new LinkedHashMap<>();
        if (!body.has(BookingRequest.STAFF_MEMBER_ID)) {
            errors.put("body", Text.of("api.body.none-of", BookingRequest.STAFF_MEMBER_ID));
        }
        Long staffMemberId = BookingRequest.whole(body, BookingRequest.STAFF_MEMBER_ID, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        try {
            bookings.assign(bookingId, staffMemberId);
        } catch (InvalidInputException refused) {
            throw BookingRequest.apiNames(refused);
        }
        return found(bookingId);
    }

    private BookingDetailResource found(long bookingId) {
        return queries.find(bookingId).map(BookingDetailResource::of)
                .orElseThrow(() -> new NotFoundException("booking.error.not-found"));
    }

    @Schema(name = "BookingPatch")
    record BookingPatch(@JsonProperty(BookingRequest.STAFF_MEMBER_ID) @Schema(nullable = true,
            requiredMode = Schema.RequiredMode.REQUIRED, description = "A member of the team, or null for nobody")
            Long staffMemberId) {

        static final List<String> FIELDS = List.of(BookingRequest.STAFF_MEMBER_ID);
    }
}

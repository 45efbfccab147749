package com.clientele.booking.api;

import com.clientele.base.InvalidInputException;
import com.clientele.base.Text;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerContact;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A new booking as the API takes it, read strictly (every field known, every value of its JSON type;
 * all problems at once). The rules themselves are the booking service's; its field names are
 * translated back to the API's in {@link #apiNames}.
 */
@Schema(name = "NewBooking", description = "A booking for a customer of the list (relation_id) or for the one"
        + " described (customer: recognised by e-mail, else phone; created if unknown). Exactly one of the two.")
record BookingRequest(
        @JsonProperty(RELATION_ID) @Schema(description = "The customer's id in the customers list", nullable = true)
        @Nullable Long relationId,
        @JsonProperty(CUSTOMER) @Schema(nullable = true) @Nullable NewCustomer customer,
        @JsonProperty(SERVICE_NAME) @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200)
        String serviceName,
        @JsonProperty(START_TIME) @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "ISO-8601 with an offset, e.g. 2026-03-10T14:30:00Z") Instant startTime,
        @JsonProperty(DURATION_MINUTES) @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "5",
                maximum = "1440") int durationMinutes,
        @JsonProperty(PRICE) @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string",
                description = "A decimal string (a JSON number is read too)", example = "48.00") String price,
        @JsonProperty(STATUS) @Schema(allowableValues = {"pending", "confirmed", "completed", "cancelled", "no_show"},
                defaultValue = "confirmed", description = "completed and no_show only for a booking that has started")
        @Nullable String status,
        @JsonProperty(STAFF_MEMBER_ID) @Schema(nullable = true, description = "The member of the team who serves it;"
                + " a staff member's bookings are their own, whatever is sent") @Nullable Long staffMemberId) {

    static final String RELATION_ID = "relation_id";
    static final String CUSTOMER = "customer";
    static final String SERVICE_NAME = "service_name";
    static final String START_TIME = "start_time";
    static final String DURATION_MINUTES = "duration_minutes";
    static final String PRICE = "price";
    static final String STATUS = "status";
    static final String STAFF_MEMBER_ID = "staff_member_id";
    static final List<String> FIELDS = List.of(RELATION_ID, CUSTOMER, SERVICE_NAME, START_TIME, DURATION_MINUTES,
            PRICE, STATUS, STAFF_MEMBER_ID);
    private static final List<String> CUSTOMER_FIELDS = List.of("name", "email", "phone");

    /** The service's field names as the API calls them. */
    private static final Map<String, String> API_NAMES = Map.ofEntries(
            Map.entry("customer", RELATION_ID),
            Map.entry("newCustomer.name", "customer.name"), Map.entry("name", "customer.name"),
            Map.entry("newCustomer.email", "customer.email"), Map.entry("email", "customer.email"),
            Map.entry("newCustomer.phone", "customer.phone"), Map.entry("phone", "customer.phone"),
            Map.entry("serviceName", SERVICE_NAME), Map.entry("startsAt", START_TIME),
            Map.entry("durationMinutes", DURATION_MINUTES), Map.entry("price", PRICE), Map.entry("status", STATUS),
            Map.entry("staffMemberId", STAFF_MEMBER_ID));

    @Schema(name = "NewBookingCustomer", description = "A customer described by name and e-mail or phone")
    record NewCustomer(@JsonProperty("name") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @JsonProperty("email") @Schema(nullable = true) @Nullable String email,
            @JsonProperty("phone") @Schema(nullable = true) @Nullable String phone) {
    }

    /** What the body asks for: the relation it names (or null) and the booking, its customer still to resolve. */
    record Parsed(@Nullable Long relationId, NewBooking booking) {

        /** The booking for the customer behind {@code relationId}. */
        NewBooking forCustomer(long customerId) {
            return new NewBooking(customerId, null, booking.serviceName(), booking.startsAt(),
                    booking.durationMinutes(), booking.price(), booking.status(), booking.staffMemberId());
        }
    }

    /** @throws InvalidInputException naming every field of a wrong type, or unknown */
    static Parsed parse(@Nullable JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "api.body.not-object");
        }
        Map<String, Text> errors = new LinkedHashMap<>();
        unknownFields(body, FIELDS, "", errors);
        Long relationId = whole(body, RELATION_ID, errors);
        CustomerContact contact = contact(body, errors);
        String service = text(body, SERVICE_NAME, "", errors);
        Instant start = instant(body, errors);
        Long duration = whole(body, DURATION_MINUTES, errors);
        BigDecimal price = price(body, errors);
        BookingStatus status = status(body, errors);
        Long staff = whole(body, STAFF_MEMBER_ID, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Integer minutes = duration == null ? null : (int) Math.clamp(duration, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return new Parsed(relationId, new NewBooking(null, contact, service, start, minutes, price, status, staff));
    }

    /** The service's refusal with the API's field names. */
    static InvalidInputException apiNames(InvalidInputException refused) {
        Map<String, Text> errors = new LinkedHashMap<>();
        refused.errors().forEach((field, text) -> errors.putIfAbsent(API_NAMES.getOrDefault(field, field), text));
        return new InvalidInputException(errors);
    }

    /** The relation_id or customer the booking is for must be given, exactly one of them. */
    static void requireOneCustomer(Parsed parsed) {
        if ((parsed.relationId() == null) == (parsed.booking().newCustomer() == null)) {
            throw new InvalidInputException(RELATION_ID, "booking.error.customer.required");
        }
    }

    private static void unknownFields(JsonNode node, List<String> allowed, String prefix, Map<String, Text> errors) {
        Set<String> known = Set.copyOf(allowed);
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                errors.put(prefix + name, Text.of("api.body.unknown-field", String.join(", ", allowed)));
            }
        }
    }

    private static @Nullable CustomerContact contact(JsonNode body, Map<String, Text> errors) {
        JsonNode customer = body.get(CUSTOMER);
        if (customer == null || customer.isNull()) {
            return null;
        }
        if (!customer.isObject()) {
            errors.put(CUSTOMER, Text.of("api.body.not-object"));
            return null;
        }
        unknownFields(customer, CUSTOMER_FIELDS, CUSTOMER + ".", errors);
        return new CustomerContact(text(customer, "name", CUSTOMER + ".", errors),
                text(customer, "email", CUSTOMER + ".", errors), text(customer, "phone", CUSTOMER + ".", errors));
    }

    private static @Nullable String text(JsonNode node, String field, String prefix, Map<String, Text> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.put(prefix + field, Text.of("api.value.string"));
            return null;
        }
        return value.stringValue();
    }

    static @Nullable Long whole(JsonNode node, String field, Map<String, Text> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            errors.put(field, Text.of("api.value.whole-number"));
            return null;
        }
        return value.longValue();
    }

    private static @Nullable Instant instant(JsonNode body, Map<String, Text> errors) {
        String text = text(body, START_TIME, "", errors);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(START_TIME, Text.of("booking.api.start-time"));
            return null;
        }
    }

    private static @Nullable BigDecimal price(JsonNode body, Map<String, Text> errors) {
        JsonNode value = body.get(PRICE);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isString()) {
            try {
                return new BigDecimal(value.stringValue().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        errors.put(PRICE, Text.of("booking.api.price"));
        return null;
    }

    private static @Nullable BookingStatus status(JsonNode body, Map<String, Text> errors) {
        String text = text(body, STATUS, "", errors);
        if (text == null) {
            return errors.containsKey(STATUS) ? null : BookingStatus.CONFIRMED;
        }
        for (BookingStatus status : BookingStatus.values()) {
            if (code(status).equals(text.strip().toLowerCase(Locale.ROOT))) {
                return status;
            }
        }
        errors.put(STATUS, Text.of("api.value.one-of",
                String.join(", ", Arrays.stream(BookingStatus.values()).map(BookingRequest::code).toList())));
        return null;
    }

    static String code(BookingStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}

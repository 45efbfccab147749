package com.clientele.workspace.api;

import com.clientele.base.Text;
import com.clientele.customer.CustomerTimeline;
import com.clientele.base.api.JsonBody;
import com.clientele.base.api.PageResource;
import com.clientele.base.api.Paging;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.CustomerExport;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerUpdate;
import com.clientele.messaging.MessageService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The seed's customer endpoints: list, export, one customer, and changing a customer. A thin
 * adapter: every rule, the provider scoping and the role check are in {@link CustomerService} and
 * {@link CustomerExport}, the same services the customers workspace uses.
 */
@RestController
@RequestMapping(ProviderDashboard.PATH)
@Tag(name = "Customers", description = "The provider's customers: list, export, read and change")
class CustomersApiController {

    private static final String SEARCH = "Case-insensitive part of the name, e-mail or phone (phone digits in any"
            + " format); at most 100 characters";
    private static final String STATUS = "Only customers with this status";
    private static final String STAFF = "Only the customers with at least one booking (past or future) assigned to"
            + " this member of the team, by member id. For members who see every customer (owner, manager, front"
            + " desk); a staff member's token always sees their own customers only and is refused (403) when it"
            + " sends this. A member id of another business is 400";
    private static final String ORDERING = "Sort field, with a leading - for descending. Ties are broken by id."
            + " last_booking_date is the last visit, next_booking_date the next booking (customers without one"
            + " come first in ascending order, last in descending order). Default: -last_booking_date";

    static final String RELIABILITY_BELOW = "Only customers whose reliability (SPEC 11, whole percent) is below this;"
            + " customers without enough history are left out";

    private final CustomerService customers;
    private final CustomerExport export;
    private final MessageService messages;
    private final CustomerTimeline activity;

    CustomersApiController(CustomerService customers, CustomerExport export, MessageService messages,
            CustomerTimeline activity) {
        this.customers = customers;
        this.export = export;
        this.messages = messages;
        this.activity = activity;
    }

    @GetMapping("/customers/")
    @Operation(summary = "List customers", description = "One page of the provider's customers, filtered and sorted."
            + " A staff member's token lists their own customers only (those with a booking assigned to them);"
            + " a front desk token gets no notes.")
    @ApiResponse(responseCode = "200", description = "One page of customers")
    @ApiResponse(responseCode = "403", description = "A staff member's token sent staff", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    PageResource<CustomerResource> list(
            @Parameter(description = SEARCH) @RequestParam(required = false) String search,
            @Parameter(description = STATUS, schema = @Schema(allowableValues = {"new", "returning", "regular",
                    "favorite", "blocked"})) @RequestParam(required = false) String status,
            @Parameter(description = STAFF, schema = @Schema(type = "integer", format = "int64"))
            @RequestParam(required = false) String staff,
            @Parameter(description = RELIABILITY_BELOW, schema = @Schema(type = "integer", minimum = "1", maximum = "100"))
            @RequestParam(name = "reliability_below", required = false) String reliabilityBelow,
            @Parameter(description = ORDERING, schema = @Schema(allowableValues = {"name", "-name", "total_bookings",
                    "-total_bookings", "total_spent", "-total_spent", "average_rating", "-average_rating",
                    "last_booking_date", "-last_booking_date", "next_booking_date", "-next_booking_date", "reliability",
                    "-reliability"})) @RequestParam(required = false) String ordering,
            @Parameter(description = "Page number, from 1", schema = @Schema(type = "integer", minimum = "1",
                    defaultValue = "1")) @RequestParam(required = false) String page,
            @Parameter(description = "Customers per page", schema = @Schema(type = "integer", minimum = "1",
                    maximum = "100", defaultValue = "20"))
            @RequestParam(name = "page_size", required = false) String pageSize) {
        Map<String, Text> errors = new LinkedHashMap<>();
        CustomerQuery query = CustomerQuery.parse(search, status, staff, reliabilityBelow, ordering, errors);
        Paging paging = Paging.parse(page, pageSize, errors);
        CustomerQuery.check(errors);
        int count = customers.count(query.filter());
        paging.requireWithin(count);
        List<CustomerResource> results = customers.listDetails(query.filter(), query.order(), paging.offset(),
                paging.size()).stream().map(CustomerResource::of).toList();
        return paging.resource(count, results, query.echo());
    }

    @GetMapping("/customers/export/")
    @Operation(summary = "Export customers as CSV", description = "Exactly the customers the same search, status,"
            + " staff and ordering would list, all pages, as the customers workspace exports them (RFC 4180, UTF-8,"
            + " header row). Streamed. For owners and managers only.")
    @ApiResponse(responseCode = "403", description = "The token's member may not export (staff, front desk)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "200", description = "customers-YYYY-MM-DD.csv as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    void export(
            @Parameter(description = "Only csv", schema = @Schema(allowableValues = "csv", defaultValue = "csv"))
            @RequestParam(required = false) String format,
            @Parameter(description = SEARCH) @RequestParam(required = false) String search,
            @Parameter(description = STATUS, schema = @Schema(allowableValues = {"new", "returning", "regular",
                    "favorite", "blocked"})) @RequestParam(required = false) String status,
            @Parameter(description = STAFF, schema = @Schema(type = "integer", format = "int64"))
            @RequestParam(required = false) String staff,
            @Parameter(description = RELIABILITY_BELOW, schema = @Schema(type = "integer", minimum = "1", maximum = "100"))
            @RequestParam(name = "reliability_below", required = false) String reliabilityBelow,
            @Parameter(description = ORDERING) @RequestParam(required = false) String ordering,
            HttpServletResponse response) throws IOException {
        Map<String, Text> errors = new LinkedHashMap<>();
        if (format != null && !format.equalsIgnoreCase("csv")) {
            errors.put("format", Text.of("api.export.format.unknown", format));
        }
        CustomerQuery query = CustomerQuery.parse(search, status, staff, reliabilityBelow, ordering, errors);
        CustomerQuery.check(errors);
        String fileName = export.fileName();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        export.write(query.filter(), query.order(), response.getOutputStream());
    }

    @GetMapping("/customers/{relation_id}/")
    @Operation(summary = "Read one customer", description = "With the relation's version (also the ETag), the latest"
            + " messages and the relationship timeline. notes is null for a front desk token; a staff member's token"
            + " finds only their own customers (404 for any other, as for another business's).")
    @ApiResponse(responseCode = "200", description = "The customer", headers = @Header(name = HttpHeaders.ETAG,
            description = "The version, quoted; send it back as If-Match", schema = @Schema(type = "string")))
    ResponseEntity<CustomerDetailResource> details(@PathVariable("relation_id") long relationId) {
        CustomerDetails customer = customers.details(relationId);
        return ResponseEntity.ok().eTag(IfMatch.etag(customer.version()))
                .body(CustomerDetailResource.of(customer, customers.profile(),
                        messages.forCustomer(customer.customerId()), activity.forCustomer(customer.customerId(), 50)));
    }

    @PatchMapping(path = "/customers/{relation_id}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a customer", description = "Favourite, block or unblock, and private notes: any of"
            + " them, all applied together or none. With If-Match the change applies only if nobody changed the"
            + " customer since it was read (409 otherwise); without it, to the current version. Blocking needs an"
            + " owner's or a manager's token, notes any but front desk's (403 otherwise).")
    @ApiResponse(responseCode = "200", description = "The changed customer", headers = @Header(name = HttpHeaders.ETAG,
            description = "The new version", schema = @Schema(type = "string")))
    ResponseEntity<CustomerResource> update(@PathVariable("relation_id") long relationId,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, description = "The ETag from reading the"
                    + " customer, e.g. \"7\"") @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = CustomerPatch.class)))
            @RequestBody JsonNode body) {
        CustomerUpdate update = CustomerPatch.parse(body, IfMatch.version(ifMatch));
        return saved(customers.update(relationId, update));
    }

    @PostMapping("/customers/{relation_id}/toggle_favorite/")
    @Operation(summary = "Toggle favourite", description = "Marks the customer as a favourite, or removes the mark.")
    ResponseEntity<CustomerResource> toggleFavorite(@PathVariable("relation_id") long relationId,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, description = "Optional ETag precondition")
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return saved(customers.toggleFavorite(relationId, IfMatch.version(ifMatch)));
    }

    @PostMapping("/customers/{relation_id}/toggle_block/")
    @Operation(summary = "Toggle block", description = "Blocks the customer (blocked_reason required, blocked_until"
            + " optional) or unblocks a blocked one (send no reason). A blocked customer cannot get new bookings. Owners and managers only"
            + " (403 for staff and front desk).")
    ResponseEntity<CustomerResource> toggleBlock(@PathVariable("relation_id") long relationId,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, description = "Optional ETag precondition")
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(
                    implementation = BlockRequest.class)))
            @RequestBody(required = false) JsonNode body) {
        Long expected = IfMatch.version(ifMatch);
        String reason = null;
        Instant until = null;
        if (body != null) {
            JsonBody json = JsonBody.object(body, List.of(BlockRequest.REASON, BlockRequest.UNTIL));
            reason = json.text(BlockRequest.REASON);
            until = json.instant(BlockRequest.UNTIL);
            json.validate();
        }
        return saved(customers.toggleBlock(relationId, reason, until, expected));
    }

    @PostMapping("/customers/{relation_id}/rules_exemption/")
    @Operation(summary = "Exempt from no-show rules", description = "No rule flags or blocks the customer while the"
            + " exemption lasts; send the reason. Sending it again changes the reason. Owners and managers only.")
    @ApiResponse(responseCode = "400", description = "No reason, or one over 500 characters", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<CustomerResource> exempt(@PathVariable("relation_id") long relationId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(
                    implementation = ExemptionRequest.class))) @RequestBody JsonNode body) {
        JsonBody json = JsonBody.object(body, List.of(ExemptionRequest.REASON));
        String reason = json.text(ExemptionRequest.REASON);
        json.validate();
        return saved(customers.exemptFromRules(relationId, reason));
    }

    @DeleteMapping("/customers/{relation_id}/rules_exemption/")
    @Operation(summary = "End an exemption from no-show rules", description = "The rules apply again from the next"
            + " no-show or late cancellation on. Owners and managers only.")
    ResponseEntity<CustomerResource> endExemption(@PathVariable("relation_id") long relationId) {
        return saved(customers.endExemption(relationId));
    }

    @PostMapping("/customers/{relation_id}/clear_flag/")
    @Operation(summary = "Clear a rule's flag", description = "A rule may flag the customer again at a later no-show"
            + " or late cancellation. Owners and managers only.")
    ResponseEntity<CustomerResource> clearFlag(@PathVariable("relation_id") long relationId) {
        return saved(customers.clearFlag(relationId));
    }

    @Schema(name = "ExemptionRequest")
    record ExemptionRequest(
            @com.fasterxml.jackson.annotation.JsonProperty(REASON) @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = 500, description = "Why the rules do not apply to this customer") String reason) {

        static final String REASON = "reason";
    }

    private static ResponseEntity<CustomerResource> saved(CustomerDetails customer) {
        return ResponseEntity.ok().eTag(IfMatch.etag(customer.version())).body(CustomerResource.of(customer));
    }

    @Schema(name = "BlockRequest")
    record BlockRequest(
            @com.fasterxml.jackson.annotation.JsonProperty(REASON) @Schema(description = "Required when blocking",
                    maxLength = 500) String blockedReason,
            @com.fasterxml.jackson.annotation.JsonProperty(UNTIL) @Schema(nullable = true, format = "date-time",
                    description = "When blocking: when the block ends by itself (ISO-8601 with offset, in the"
                            + " future); left out, it lasts until lifted") String blockedUntil) {

        static final String REASON = "blocked_reason";
        static final String UNTIL = "blocked_until";
    }
}

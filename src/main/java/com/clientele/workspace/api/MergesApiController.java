package com.clientele.workspace.api;

import com.clientele.base.InvalidInputException;
import com.clientele.base.Text;
import com.clientele.base.api.JsonBody;
import com.clientele.base.api.PageResource;
import com.clientele.base.api.Paging;
import com.clientele.customer.CustomerDetails;
import com.clientele.merge.DuplicateOrder;
import com.clientele.merge.DuplicatePair;
import com.clientele.merge.Duplicates;
import com.clientele.merge.MatchReason;
import com.clientele.merge.MergeChoices;
import com.clientele.merge.MergeChoices.Pick;
import com.clientele.merge.MergeRecord;
import com.clientele.merge.MergeService;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Possible duplicates, merges and their undo (SPEC 12) for other systems: the same services as the
 * duplicates page ({@link Duplicates}, {@link MergeService}), owners and managers only.
 */
@RestController
@RequestMapping(ProviderDashboard.PATH)
@Tag(name = "Duplicates and merges", description = "Customers who may be one person; merging two into one and"
        + " undoing a merge within its window")
class MergesApiController {

    private final Duplicates duplicates;
    private final MergeService merges;
    private final Clock clock;

    MergesApiController(Duplicates duplicates, MergeService merges, Clock clock) {
        this.duplicates = duplicates;
        this.merges = merges;
        this.clock = clock;
    }

    @GetMapping("/duplicates/")
    @Operation(summary = "List possible duplicates", description = "Pairs of the business's customers that may be one"
            + " person, with a score (0-100) and the reasons; dismissed pairs are left out.")
    @ApiResponse(responseCode = "400", description = "A parameter is out of range",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    PageResource<PairResource> list(
            @Parameter(description = "score (most likely first, the default) or newest (most recently found first)",
                    schema = @Schema(allowableValues = {"score", "newest"}))
            @RequestParam(required = false) String ordering,
            @Parameter(description = "Page number, from 1", schema = @Schema(type = "integer", minimum = "1",
                    defaultValue = "1")) @RequestParam(required = false) String page,
            @Parameter(description = "Pairs per page", schema = @Schema(type = "integer", minimum = "1",
                    maximum = "100", defaultValue = "20"))
            @RequestParam(name = "page_size", required = false) String pageSize) {
        Map<String, Text> errors = new LinkedHashMap<>();
        DuplicateOrder order = ordering == null ? DuplicateOrder.SCORE : DuplicateOrder.ofCode(ordering).orElse(null);
        if (order == null) {
            errors.put("ordering", Text.of("api.value.one-of", "score, newest"));
        }
        Paging paging = Paging.parse(page, pageSize, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int count = duplicates.count();
        paging.requireWithin(count);
        List<PairResource> results = duplicates.page(order, paging.offset(), paging.size()).stream()
                .map(PairResource::of).toList();
        Map<String, String> echo = new LinkedHashMap<>();
        if (ordering != null) {
            echo.put("ordering", ordering);
        }
        return paging.resource(count, results, echo);
    }

    @PostMapping("/duplicates/{pair_id}/dismiss/")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Dismiss a pair", description = "\"Not the same person\": the pair is not suggested again.")
    @ApiResponse(responseCode = "404", description = "No such pair of this business, or dismissed already",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    void dismiss(@PathVariable("pair_id") long pairId) {
        duplicates.dismiss(pairId);
    }

    @PostMapping(path = "/customers/{relation_id}/merge/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Merge another customer into this one", description = "The customer in the path survives:"
            + " it keeps its id and gets the other's bookings, reviews, messages and timeline; name, email and phone"
            + " are the survivor's unless the body picks \"other\" (an empty email or phone takes the other's);"
            + " notes are joined under a dated heading; favourite and block are combined, both block reasons kept;"
            + " every figure is recomputed. The other id then answers 404 with a merged_into hint. The merge can"
            + " be undone for 30 days (POST /merges/{merge_id}/undo/).")
    @ApiResponse(responseCode = "200", description = "The survivor as it is now")
    @ApiResponse(responseCode = "400", description = "other_id missing or the same customer, a pick that is neither"
            + " survivor nor other, or the joined notes or block reasons too long",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "Either customer is not the business's",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "Either was merged meanwhile (a second request for the same pair)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResponseEntity<CustomerResource> merge(@PathVariable("relation_id") long survivorId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = MergeRequest.class))) @RequestBody JsonNode body) {
        JsonBody json = JsonBody.object(body, MergeRequest.FIELDS);
        Integer otherId = json.integer("other_id");
        String name = json.text("name");
        String email = json.text("email");
        String phone = json.text("phone");
        json.validate();
        Map<String, Text> errors = new LinkedHashMap<>();
        if (otherId == null) {
            errors.put("other_id", Text.of("api.value.required"));
        }
        MergeChoices choices = new MergeChoices(pick("name", name, errors), pick("email", email, errors),
                pick("phone", phone, errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CustomerDetails survivor = merges.merge(survivorId, otherId, choices);
        return ResponseEntity.ok().eTag(IfMatch.etag(survivor.version())).body(CustomerResource.of(survivor));
    }

    @GetMapping("/merges/")
    @Operation(summary = "List merges", description = "The business's merges, newest first, with their undo state.")
    PageResource<MergeResource> history(
            @Parameter(description = "Page number, from 1", schema = @Schema(type = "integer", minimum = "1",
                    defaultValue = "1")) @RequestParam(required = false) String page,
            @Parameter(description = "Merges per page", schema = @Schema(type = "integer", minimum = "1",
                    maximum = "100", defaultValue = "20"))
            @RequestParam(name = "page_size", required = false) String pageSize) {
        Map<String, Text> errors = new LinkedHashMap<>();
        Paging paging = Paging.parse(page, pageSize, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int count = merges.historyCount();
        paging.requireWithin(count);
        Instant now = clock.instant();
        return paging.resource(count, merges.history(paging.offset(), paging.size()).stream()
                .map(merge -> MergeResource.of(merge, now)).toList(), Map.of());
    }

    @PostMapping("/merges/{merge_id}/undo/")
    @Operation(summary = "Undo a merge", description = "Both customers come back as they were before the merge, each"
            + " with its own bookings, reviews, messages, notes and flags; what was added to the survivor since stays"
            + " with it. Possible within 30 days of the merge.")
    @ApiResponse(responseCode = "200", description = "The merge, now undone")
    @ApiResponse(responseCode = "404", description = "No such merge of this business",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "Undone already, older than the undo window, or the survivor was"
            + " merged into another customer since (undo that merge first)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    MergeResource undo(@PathVariable("merge_id") long mergeId) {
        return MergeResource.of(merges.undo(mergeId), clock.instant());
    }

    private static Pick pick(String field, String value, Map<String, Text> errors) {
        if (value == null) {
            return Pick.SURVIVOR;
        }
        return Pick.ofCode(value).orElseGet(() -> {
            errors.put(field, Text.of("api.value.one-of", "survivor, other"));
            return Pick.SURVIVOR;
        });
    }

    @Schema(name = "MergeRequest")
    record MergeRequest(
            @JsonProperty("other_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The customer (relation id) merged into the one in the path") Long otherId,
            @JsonProperty("name") @Schema(allowableValues = {"survivor", "other"}, defaultValue = "survivor")
            String name,
            @JsonProperty("email") @Schema(allowableValues = {"survivor", "other"}, defaultValue = "survivor")
            String email,
            @JsonProperty("phone") @Schema(allowableValues = {"survivor", "other"}, defaultValue = "survivor")
            String phone) {

        static final List<String> FIELDS = List.of("other_id", "name", "email", "phone");
    }

    @Schema(name = "DuplicatePair")
    record PairResource(
            @JsonProperty("id") long id,
            @JsonProperty("first") SideResource first,
            @JsonProperty("second") SideResource second,
            @JsonProperty("score") @Schema(minimum = "0", maximum = "100") int score,
            @JsonProperty("reasons") @Schema(description = "same_email, same_phone, same_name, similar_name,"
                    + " same_domain, phone_ending") List<String> reasons,
            @JsonProperty("found_at") Instant foundAt) {

        static PairResource of(DuplicatePair pair) {
            return new PairResource(pair.id(), SideResource.of(pair.first()), SideResource.of(pair.second()),
                    pair.score(), pair.reasons().stream().map(MatchReason::code).toList(), pair.foundAt());
        }
    }

    @Schema(name = "DuplicatePairCustomer")
    record SideResource(
            @JsonProperty("id") @Schema(description = "The relation id, as /customers/{relation_id}/ takes it") long id,
            @JsonProperty("name") String name,
            @JsonProperty("email") @Schema(nullable = true) String email,
            @JsonProperty("phone") @Schema(nullable = true) String phone) {

        static SideResource of(DuplicatePair.Side side) {
            return new SideResource(side.relationId(), side.name(), side.email(), side.phone());
        }
    }

    @Schema(name = "Merge")
    record MergeResource(
            @JsonProperty("id") long id,
            @JsonProperty("survivor_id") long survivorId,
            @JsonProperty("survivor_name") String survivorName,
            @JsonProperty("merged_id") long mergedId,
            @JsonProperty("merged_name") String mergedName,
            @JsonProperty("merged_at") Instant mergedAt,
            @JsonProperty("merged_by") String mergedBy,
            @JsonProperty("undo_until") Instant undoUntil,
            @JsonProperty("undone_at") @Schema(nullable = true) Instant undoneAt,
            @JsonProperty("undone_by") @Schema(nullable = true) String undoneBy,
            @JsonProperty("undoable") @Schema(description = "Not undone and within its window") boolean undoable) {

        static MergeResource of(MergeRecord merge, Instant now) {
            return new MergeResource(merge.id(), merge.survivorId(), merge.survivorName(), merge.mergedId(),
                    merge.mergedName(), merge.mergedAt(), merge.mergedBy(), merge.undoUntil(), merge.undoneAt(),
                    merge.undoneBy(), merge.undoable(now));
        }
    }
}

package com.clientele.booking.api;

import com.clientele.base.InvalidInputException;
import com.clientele.base.Messages;
import com.clientele.base.Text;
import com.clientele.base.api.JsonBody;
import com.clientele.booking.NewRule;
import com.clientele.booking.NoShowRule;
import com.clientele.booking.NoShowRules;
import com.clientele.booking.RuleAction;
import com.clientele.booking.RuleCounts;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The no-show rules and the late-cancellation cut-off (SPEC 11) for other systems: the same service
 * as the rules page ({@link NoShowRules}), owners and managers only.
 */
@RestController
@RequestMapping(ImportsApiController.PATH)
@Tag(name = "No-show rules", description = "Rules that flag or block customers after no-shows or late cancellations,"
        + " and the cut-off that makes a cancellation late")
class NoShowRulesApiController {

    static final String COUNTS = Arrays.stream(RuleCounts.values()).map(RuleCounts::code)
            .collect(Collectors.joining(", "));
    static final String ACTIONS = Arrays.stream(RuleAction.values()).map(RuleAction::code)
            .collect(Collectors.joining(", "));

    private final NoShowRules rules;
    private final Messages messages;

    NoShowRulesApiController(NoShowRules rules, Messages messages) {
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping("/no_show_rules/")
    @Operation(summary = "List the rules", description = "The business's no-show rules, oldest first.")
    List<RuleResource> list() {
        return rules.list().stream().map(this::resource).toList();
    }

    @PostMapping(path = "/no_show_rules/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a rule", description = "When a customer reaches threshold of what it counts among the"
            + " bookings that started in the last within_days days, the rule flags or blocks them. It acts on"
            + " no-shows and late cancellations recorded from its creation on.")
    @ApiResponse(responseCode = "201", description = "The new rule")
    @ApiResponse(responseCode = "400", description = "A field is missing or out of range; errors names which",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "The same rule exists, or the business has 20 rules",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    RuleResource create(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = RuleRequest.class))) @RequestBody JsonNode body) {
        JsonBody json = JsonBody.object(body, RuleRequest.FIELDS);
        Map<String, Text> errors = new LinkedHashMap<>();
        String countsCode = json.text("counts");
        String actionCode = json.text("action");
        Integer threshold = json.integer("threshold");
        Integer withinDays = json.integer("within_days");
        Integer blockDays = json.integer("block_days");
        json.validate();
        RuleCounts counts = countsCode == null ? null : RuleCounts.fromCode(countsCode).orElse(null);
        if (countsCode != null && counts == null) {
            errors.put("counts", Text.of("api.value.one-of", COUNTS));
        }
        RuleAction action = actionCode == null ? null : RuleAction.fromCode(actionCode).orElse(null);
        if (actionCode != null && action == null) {
            errors.put("action", Text.of("api.value.one-of", ACTIONS));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return resource(rules.create(new NewRule(counts, threshold, withinDays, action, blockDays)));
    }

    @DeleteMapping("/no_show_rules/{rule_id}/")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a rule", description = "Blocks and flags it made stay.")
    @ApiResponse(responseCode = "404", description = "No such rule of this business",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    void delete(@PathVariable("rule_id") long ruleId) {
        rules.delete(ruleId);
    }

    @GetMapping("/no_show_settings/")
    @Operation(summary = "Read the late-cancellation cut-off")
    SettingsResource settings() {
        return new SettingsResource(rules.lateCancellationHours());
    }

    @PatchMapping(path = "/no_show_settings/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the late-cancellation cut-off", description = "1 to 336 hours. Every customer's"
            + " reliability is recomputed with it in the same transaction.")
    @ApiResponse(responseCode = "400", description = "Out of range or not a whole number",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    SettingsResource changeSettings(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = SettingsResource.class))) @RequestBody JsonNode body) {
        JsonBody json = JsonBody.object(body, List.of("late_cancellation_hours"));
        Integer hours = json.integer("late_cancellation_hours");
        json.validate();
        if (hours == null) {
            throw new InvalidInputException("late_cancellation_hours", "rules.error.required");
        }
        return new SettingsResource(rules.changeLateCancellationHours(hours));
    }

    private RuleResource resource(NoShowRule rule) {
        return new RuleResource(rule.id(), rule.counts().code(), rule.threshold(), rule.withinDays(),
                rule.action().code(), rule.action() == RuleAction.BLOCK_FOR ? rule.blockDays() : null,
                messages.english(rule.describe()), rule.createdAt(),
                rule.createdBy());
    }

    @Schema(name = "NoShowRule")
    record RuleResource(
            @JsonProperty("id") long id,
            @JsonProperty("counts") @Schema(allowableValues = {"no_shows", "late_cancellations", "either"})
            String counts,
            @JsonProperty("threshold") int threshold,
            @JsonProperty("within_days") int withinDays,
            @JsonProperty("action") @Schema(allowableValues = {"flag", "block_for", "block"}) String action,
            @JsonProperty("block_days") @Schema(nullable = true, description = "Only for block_for") Integer blockDays,
            @JsonProperty("description") @Schema(example = "3 no-shows in 90 days → Block for 30 days")
            String description,
            @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("created_by") String createdBy) {
    }

    @Schema(name = "NoShowRuleRequest")
    record RuleRequest(
            @JsonProperty("counts") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"no_shows", "late_cancellations", "either"}) String counts,
            @JsonProperty("threshold") @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1",
                    maximum = "50") Integer threshold,
            @JsonProperty("within_days") @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1",
                    maximum = "730") Integer withinDays,
            @JsonProperty("action") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"flag", "block_for", "block"}) String action,
            @JsonProperty("block_days") @Schema(minimum = "1", maximum = "365",
                    description = "Required for block_for, not allowed otherwise") Integer blockDays) {

        static final List<String> FIELDS = List.of("counts", "threshold", "within_days", "action", "block_days");
    }

    @Schema(name = "NoShowSettings")
    record SettingsResource(@JsonProperty("late_cancellation_hours") @Schema(minimum = "1", maximum = "336",
            description = "A cancellation made less than this many hours before the start is late") int hours) {
    }
}

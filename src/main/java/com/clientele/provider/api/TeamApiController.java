package com.clientele.provider.api;

import com.clientele.base.InvalidInputException;
import com.clientele.base.Text;
import com.clientele.base.api.JsonBody;
import com.clientele.provider.Invitation;
import com.clientele.provider.TeamRole;
import com.clientele.provider.TeamService;
import com.clientele.provider.api.TeamResources.InvitationRequest;
import com.clientele.provider.api.TeamResources.InvitationResource;
import com.clientele.provider.api.TeamResources.MemberPatch;
import com.clientele.provider.api.TeamResources.MemberResource;
import com.clientele.provider.api.TeamResources.TeamResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * The team over REST (SPEC §10, API parity), for an owner's API token: the same {@link TeamService}
 * methods as the team page, which hold every rule, the role check and the audit trail.
 */
@RestController
@RequestMapping(TeamApiController.PATH)
@Tag(name = "Team", description = "Owners only: the business's members and invitations. Invite by e-mail (the"
        + " link works once, for 7 days), send again, revoke; give a member another role, disable, enable, remove."
        + " The business always keeps one enabled owner (409 otherwise). Other roles' tokens get 403.")
class TeamApiController {

    static final String PATH = "/api/bookings/provider_dashboard/team";

    private static final String MEMBER_ID = "The member id";
    private static final String INVITATION_ID = "The invitation id";
    private static final String LAST_OWNER = "It would leave the business without an enabled owner";

    private final TeamService team;

    TeamApiController(TeamService team) {
        this.team = team;
    }

    @GetMapping("/")
    @Operation(summary = "List the team", description = "The members (removed ones left out) by name, with their"
            + " role and whether they are enabled, and the open invitations (pending or expired), newest first.")
    TeamResource list() {
        return TeamResource.of(team.members());
    }

    @PostMapping(path = "/invitations/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Invite a member", description = "Sends the invitee an e-mail (in the owner's language)"
            + " with a link valid for 7 days, on which they choose their password and join with the role. The"
            + " answer never holds the link.")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "The new invitation (its state pending)")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong; `errors` names which: the e-mail"
            + " of a member, of an open invitation or of another account; a role not one of " + TeamResources.ROLES,
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    InvitationResource invite(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = InvitationRequest.class))) @RequestBody JsonNode body) {
        JsonBody json = JsonBody.object(body, InvitationRequest.FIELDS);
        String name = json.text("name");
        String email = json.text("email");
        String roleName = json.text("role");
        json.validate();
        Map<String, Text> errors = new LinkedHashMap<>();
        TeamRole role = TeamResources.role(roleName, errors);
        Invitation invitation;
        try {
            invitation = team.invite(name, email, role);
        } catch (InvalidInputException refused) {
            // the role's own problem (not one of the names) is the one to report
            Map<String, Text> all = new LinkedHashMap<>(refused.errors());
            all.putAll(errors);
            throw new InvalidInputException(all);
        }
        return InvitationResource.of(invitation);
    }

    @PostMapping("/invitations/{invitation_id}/resend/")
    @Operation(summary = "Send an invitation again", description = "A new e-mail with a new link, valid for 7 days"
            + " from now; the old link stops working. For a pending or an expired invitation.")
    @ApiResponse(responseCode = "404", description = "No such invitation in this business",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "The invitation was accepted or revoked already",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    InvitationResource resend(@Parameter(description = INVITATION_ID) @PathVariable("invitation_id") long invitationId) {
        return InvitationResource.of(team.resend(invitationId));
    }

    @PostMapping("/invitations/{invitation_id}/revoke/")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an invitation", description = "Its link stops working at once.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "No such invitation in this business",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "The invitation was accepted or revoked already",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    void revoke(@Parameter(description = INVITATION_ID) @PathVariable("invitation_id") long invitationId) {
        team.revoke(invitationId);
    }

    @PatchMapping(path = "/{member_id}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Give a member another role", description = "Takes effect at once: the member's open"
            + " sessions end and their API tokens carry the new role's rights from the next request.")
    @ApiResponse(responseCode = "200", description = "The member with the new role")
    @ApiResponse(responseCode = "400", description = "role is missing or not one of " + TeamResources.ROLES,
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "No such member in this business",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = LAST_OWNER,
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    MemberResource changeRole(@Parameter(description = MEMBER_ID) @PathVariable("member_id") long memberId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = MemberPatch.class)))
            @RequestBody JsonNode body) {
        JsonBody json = JsonBody.object(body, MemberPatch.FIELDS);
        String roleName = json.text("role");
        json.validate();
        Map<String, Text> errors = new LinkedHashMap<>();
        TeamRole role = TeamResources.role(roleName, errors);
        TeamResources.requireNoErrors(errors);
        return MemberResource.of(team.changeRole(memberId, role));
    }

    @PostMapping("/{member_id}/disable/")
    @Operation(summary = "Disable a member", description = "The member can no longer sign in; their open sessions"
            + " end and their API tokens stop at once. Disabling a disabled member changes nothing.")
    @ApiResponse(responseCode = "404", description = "No such member in this business",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = LAST_OWNER,
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    MemberResource disable(@Parameter(description = MEMBER_ID) @PathVariable("member_id") long memberId) {
        return MemberResource.of(team.disable(memberId));
    }

    @PostMapping("/{member_id}/enable/")
    @Operation(summary = "Enable a member", description = "Sign-in works again, with the member's role. Enabling an"
            + " enabled member changes nothing.")
    @ApiResponse(responseCode = "404", description = "No such member in this business",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    MemberResource enable(@Parameter(description = MEMBER_ID) @PathVariable("member_id") long memberId) {
        return MemberResource.of(team.enable(memberId));
    }

    @DeleteMapping("/{member_id}/")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a member", description = "Takes the member out of the team: they can no longer sign"
            + " in, their sessions end and their API tokens are revoked. Their bookings keep naming them. The"
            + " address can be invited again later.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such member in this business",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = LAST_OWNER,
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    void remove(@Parameter(description = MEMBER_ID) @PathVariable("member_id") long memberId) {
        team.remove(memberId);
    }
}

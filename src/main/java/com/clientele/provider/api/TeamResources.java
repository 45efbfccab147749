package com.clientele.provider.api;

import com.clientele.base.InvalidInputException;
import com.clientele.base.Text;
import com.clientele.provider.Invitation;
import com.clientele.provider.MemberStanding;
import com.clientele.provider.TeamOverview;
import com.clientele.provider.TeamRole;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The team API's bodies: members, invitations, and the role names as the API spells them. */
final class TeamResources {

    static final String ROLES = "owner, manager, staff, front_desk";

    private TeamResources() {
    }

    @Schema(name = "Team", description = "The business's members (removed ones left out) and its open invitations")
    record TeamResource(@JsonProperty("members") List<MemberResource> members,
            @JsonProperty("invitations") List<InvitationResource> invitations) {

        static TeamResource of(TeamOverview team) {
            return new TeamResource(team.members().stream().map(MemberResource::of).toList(),
                    team.invitations().stream().map(InvitationResource::of).toList());
        }
    }

    @Schema(name = "TeamMember", description = "A member of the business")
    record MemberResource(
            @JsonProperty("member_id") @Schema(description = "Use it in the member's URLs") long memberId,
            @JsonProperty("name") String name,
            @JsonProperty("email") @Schema(description = "The member's sign-in, in lower case") String email,
            @JsonProperty("role") @Schema(allowableValues = {"owner", "manager", "staff", "front_desk"}) String role,
            @JsonProperty("enabled") @Schema(description = "false: disabled, cannot sign in or use API tokens")
            boolean enabled,
            @JsonProperty("joined_at") @Schema(description = "ISO-8601, UTC") Instant joinedAt) {

        static MemberResource of(MemberStanding member) {
            return new MemberResource(member.memberId(), member.name(), member.email(), code(member.role()),
                    member.enabled(), member.joinedAt());
        }
    }

    @Schema(name = "TeamInvitation", description = "An open invitation; never its link")
    record InvitationResource(
            @JsonProperty("invitation_id") @Schema(description = "Use it in the invitation's URLs") long invitationId,
            @JsonProperty("name") String name,
            @JsonProperty("email") String email,
            @JsonProperty("role") @Schema(allowableValues = {"owner", "manager", "staff", "front_desk"}) String role,
            @JsonProperty("state") @Schema(allowableValues = {"pending", "expired"}, description = "expired: the"
                    + " link no longer works; send it again (resend) or revoke it") String state,
            @JsonProperty("sent_at") @Schema(description = "ISO-8601, UTC; when it was last sent") Instant sentAt,
            @JsonProperty("expires_at") @Schema(description = "ISO-8601, UTC") Instant expiresAt) {

        static InvitationResource of(Invitation invitation) {
            return new InvitationResource(invitation.invitationId(), invitation.name(), invitation.email(),
                    code(invitation.role()), invitation.state().name().toLowerCase(Locale.ROOT), invitation.sentAt(),
                    invitation.expiresAt());
        }
    }

    @Schema(name = "NewTeamInvitation")
    record InvitationRequest(
            @JsonProperty("name") @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String name,
            @JsonProperty("email") @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The"
                    + " invitee's sign-in; not another account's") String email,
            @JsonProperty("role") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"owner", "manager", "staff", "front_desk"}) String role) {

        static final List<String> FIELDS = List.of("name", "email", "role");
    }

    @Schema(name = "TeamMemberPatch")
    record MemberPatch(@JsonProperty("role") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
            allowableValues = {"owner", "manager", "staff", "front_desk"}) String role) {

        static final List<String> FIELDS = List.of("role");
    }

    static String code(TeamRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    /** The role the API names, or null when none was sent; a name of no role is reported in {@code errors}. */
    static @Nullable TeamRole role(@Nullable String name, Map<String, Text> errors) {
        if (name == null) {
            return null;
        }
        return Arrays.stream(TeamRole.values()).filter(role -> code(role).equals(name.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseGet(() -> {
                    errors.put("role", Text.of("api.value.one-of", ROLES));
                    return null;
                });
    }

    static void requireNoErrors(Map<String, Text> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}

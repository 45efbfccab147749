package com.clientele.provider.ui;

import com.clientele.provider.InvitationState;
import com.clientele.provider.TeamRole;
import java.util.Locale;

/** The message keys of the team's roles and states, shared by the team page's parts. */
final class TeamTexts {

    private TeamTexts() {
    }

    static String role(TeamRole role) {
        return role.labelKey();
    }

    /** The role's one-line description: what it may do. */
    static String roleDescription(TeamRole role) {
        return "team.role-description." + role.name().toLowerCase(Locale.ROOT);
    }

    static String state(InvitationState state) {
        return "team.invitation.state." + state.name().toLowerCase(Locale.ROOT);
    }
}

package com.clientele.provider;

import java.util.List;

/** The business's members (removed ones left out) and its open invitations, for the team page and API. */
public record TeamOverview(List<MemberStanding> members, List<Invitation> invitations) {
}

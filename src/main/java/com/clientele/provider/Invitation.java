package com.clientele.provider;

import java.time.Instant;

/** An invitation to join the business, as its owners see it; never its link's token. */
public record Invitation(long invitationId, String name, String email, TeamRole role, InvitationState state,
        Instant sentAt, Instant expiresAt) {
}

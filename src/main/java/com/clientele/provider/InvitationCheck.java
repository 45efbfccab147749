package com.clientele.provider;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an invitation link offers: who invites whom to which business as what, or why it cannot be
 * used ({@code state} other than {@link InvitationState#PENDING}; {@code null} for a token that is
 * no invitation's, when nothing else is known either).
 */
public record InvitationCheck(@Nullable InvitationState state, String businessName, String inviterName,
        String email, @Nullable TeamRole role, @Nullable Instant expiresAt) {

    static InvitationCheck unknown() {
        return new InvitationCheck(null, "", "", "", null, null);
    }

    public boolean usable() {
        return state == InvitationState.PENDING;
    }
}

package com.clientele.provider;

/** Where an invitation stands: open ones are pending or expired; the others are closed. */
public enum InvitationState {
    /** Sent, and its link works. */
    PENDING,
    /** Sent, but its link is past its validity: it can be sent again. */
    EXPIRED,
    /** Its link was used: the invitee is a member now. */
    ACCEPTED,
    /** Withdrawn by an owner: its link no longer works. */
    REVOKED
}

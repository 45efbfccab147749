package com.clientele.provider;

/** An invitation link that cannot be used (any more); {@link #check()} says why. */
public class InvitationInvalidException extends RuntimeException {

    private final InvitationCheck check;

    public InvitationInvalidException(InvitationCheck check) {
        super("The invitation link is not valid: " + check.state());
        this.check = check;
    }

    public InvitationCheck check() {
        return check;
    }
}

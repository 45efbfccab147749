package com.clientele.provider;

/** A reset link's token is unknown, used already or expired, or its account is disabled. */
public class ResetLinkInvalidException extends RuntimeException {

    public ResetLinkInvalidException() {
        super("The password reset link is not valid");
    }
}

package com.clientele.security;

import java.time.Duration;

/** A rate limit refused the request; it may be tried again after {@link #retryAfter()}. */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter) {
        super("Too many requests; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole minutes, at least one, as forms say it. */
    public long minutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}

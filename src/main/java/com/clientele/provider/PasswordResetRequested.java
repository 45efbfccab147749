package com.clientele.provider;

import java.time.Instant;

/**
 * Someone asked for a password reset link for this address, which may or may not belong to an
 * account: whether it does is decided after the commit, when the link is made and sent
 * ({@link PasswordResets#issue}). Published inside the transaction that audits the request.
 *
 * @param email the address as normalised, never blank
 * @param requestedAt when it was asked, to the microsecond as stored; the link expires counted from it
 */
public record PasswordResetRequested(String email, Instant requestedAt) {
}

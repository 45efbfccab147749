package com.clientele.provider;

import java.time.Instant;

/**
 * An account's password was replaced through a reset link; its holder is told by e-mail, in case
 * it was not them. Published inside the transaction of the change.
 */
public record PasswordResetCompleted(long accountId, String email, Instant at) {
}

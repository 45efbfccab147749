package com.clientele.provider;

import com.clientele.base.Language;
import java.time.Instant;

/**
 * An account's password was replaced through a reset link; its holder is told by e-mail, in case
 * it was not them, in {@code language}. Published inside the transaction of the change.
 */
public record PasswordResetCompleted(long accountId, String email, Language language, Instant at) {
}

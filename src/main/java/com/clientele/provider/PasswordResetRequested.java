package com.clientele.provider;

import com.clientele.base.Language;
import java.time.Instant;

/**
 * Someone asked for a password reset link for this address, which may or may not belong to an
 * account: whether it does is decided after the commit, when the link is made and sent
 * ({@link PasswordResets#issue}). Published inside the transaction that audits the request.
 *
 * @param email the address as normalised, never blank
 * @param language the language of the page it was asked on: the mail's, unless the account chose one
 * @param requestedAt when it was asked, to the microsecond as stored; the link expires counted from it
 */
public record PasswordResetRequested(String email, Language language, Instant requestedAt) {
}

package com.clientele.provider;

/**
 * Published when signed-in users changed their own password: their other sessions (another
 * browser, a forgotten tab) must end; the session that made the change goes on. Delivered after
 * commit, on the thread of the change.
 */
public record OwnPasswordChanged(long accountId) {
}

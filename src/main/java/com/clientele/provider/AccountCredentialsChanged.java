package com.clientele.provider;

/**
 * Published when an admin reset an account's password or changed its login e-mail: sessions
 * signed in with the old credentials must end. Delivered after commit.
 */
public record AccountCredentialsChanged(long accountId) {
}

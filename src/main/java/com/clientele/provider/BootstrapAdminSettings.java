package com.clientele.provider;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin, created at start-up when there is none ({@code app.bootstrap-admin.*}, from
 * {@code APP_ADMIN_EMAIL} and {@code APP_ADMIN_PASSWORD}). {@link AccountBootstrap} checks both
 * values with the same rules as any new account, so a bad one stops the start with its reason.
 *
 * @param email sign-in e-mail of the first admin; blank = create none
 * @param password its initial password
 */
@ConfigurationProperties("app.bootstrap-admin")
record BootstrapAdminSettings(@Nullable String email, @Nullable String password) {

    String emailOrBlank() {
        return email == null ? "" : email;
    }

    String passwordOrBlank() {
        return password == null ? "" : password;
    }
}

package com.clientele.provider;

/** A signed-in user's request to replace their own password. */
public record PasswordChange(String currentPassword, String newPassword) {
}

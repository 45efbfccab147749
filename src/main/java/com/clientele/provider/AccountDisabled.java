package com.clientele.provider;

/** Published when an account was disabled; its open sessions must end. Delivered after commit. */
public record AccountDisabled(long accountId) {
}

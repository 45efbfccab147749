package com.clientele.provider;

/** What an account may do: run the platform, or manage its own customers. */
public enum Role {
    ADMIN,
    PROVIDER
}

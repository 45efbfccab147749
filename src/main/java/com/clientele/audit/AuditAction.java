package com.clientele.audit;

/** Security and admin events worth a permanent record. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    LOGOUT,
    ADMIN_BOOTSTRAPPED,
    PROVIDER_CREATED,
    PROVIDER_UPDATED,
    PROVIDER_DISABLED,
    PROVIDER_ENABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    ACCOUNT_UNLOCKED,
    API_TOKEN_CREATED,
    API_TOKEN_REVOKED
}

package com.clientele.audit;

/** Security and admin events worth a permanent record. */
public enum AuditAction {
    LOGIN_SUCCEEDED("Login succeeded"),
    LOGIN_FAILED("Login failed"),
    ACCOUNT_LOCKED("Account locked"),
    LOGOUT("Logout"),
    ADMIN_BOOTSTRAPPED("First admin created"),
    PROVIDER_CREATED("Provider created"),
    PROVIDER_UPDATED("Provider updated"),
    PROVIDER_DISABLED("Provider disabled"),
    PROVIDER_ENABLED("Provider enabled"),
    ADMIN_DISABLED("Admin disabled"),
    ADMIN_ENABLED("Admin enabled"),
    PASSWORD_RESET("Password reset"),
    PASSWORD_CHANGED("Password changed"),
    PASSWORD_RESET_REQUESTED("Password reset link requested"),
    PASSWORD_RESET_COMPLETED("Password reset by link"),
    ACCOUNT_UNLOCKED("Account unlocked"),
    API_TOKEN_CREATED("API token created"),
    API_TOKEN_REVOKED("API token revoked"),
    API_TOKEN_NEW_ADDRESS("API token used from a new address"),
    MEMBER_INVITED("Member invited"),
    MEMBER_INVITATION_RESENT("Invitation sent again"),
    MEMBER_INVITATION_REVOKED("Invitation revoked"),
    MEMBER_JOINED("Member joined"),
    MEMBER_ROLE_CHANGED("Member's role changed"),
    MEMBER_DISABLED("Member disabled"),
    MEMBER_ENABLED("Member enabled"),
    MEMBER_REMOVED("Member removed"),
    WEBHOOK_CREATED("Webhook endpoint created"),
    WEBHOOK_CHANGED("Webhook endpoint changed"),
    WEBHOOK_ENABLED("Webhook endpoint enabled"),
    WEBHOOK_DISABLED("Webhook endpoint disabled"),
    WEBHOOK_SECRET_ROTATED("Webhook secret rotated"),
    WEBHOOK_DELETED("Webhook endpoint deleted"),
    CUSTOMERS_MERGED("Customers merged"),
    MERGE_UNDONE("Merge undone"),
    DUPLICATE_DISMISSED("Possible duplicate dismissed"),
    /** By the application: the endpoint failed for {@code app.webhooks.disable-after} without a success. */
    WEBHOOK_AUTO_DISABLED("Webhook endpoint disabled after failing for days");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

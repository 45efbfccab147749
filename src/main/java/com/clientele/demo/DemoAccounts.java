package com.clientele.demo;

/** The demo logins, as documented in the README. Only ever created on the embedded database. */
public final class DemoAccounts {

    public static final String ADMIN_EMAIL = "admin@clientele.test";
    public static final String ADMIN_PASSWORD = "admin-demo-2026";
    public static final String PROVIDER_PASSWORD = "provider-demo-2026";
    /** The busiest demo provider: Glow Hair Studio. */
    public static final String PROVIDER_EMAIL = "studio@clientele.test";

    private DemoAccounts() {
    }
}

package com.clientele.demo;

/** The demo logins, as documented in the README. Only ever created on the embedded database. */
public final class DemoAccounts {

    public static final String ADMIN_EMAIL = "admin@clientele.test";
    public static final String ADMIN_PASSWORD = "admin-demo-2026";
    public static final String PROVIDER_PASSWORD = "provider-demo-2026";
    /** The busiest demo provider: Glow Hair Studio. */
    public static final String PROVIDER_EMAIL = "studio@clientele.test";
    /** The demo provider's API token, as the README's curl example uses it. */
    public static final String API_TOKEN = "clt_demo_glow_hair_studio_2026";

    private DemoAccounts() {
    }
}

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
    /** Glow Hair Studio's webhook endpoint: a receiver on this machine, turned off. */
    public static final String WEBHOOK_URL = "http://localhost:9999/hooks";
    /** Glow Hair Studio's team besides its owner: a manager, two stylists and a front desk. */
    public static final String MANAGER_EMAIL = "priya@clientele.test";
    public static final String STYLIST_EMAIL = "mia@clientele.test";
    public static final String SECOND_STYLIST_EMAIL = "leo@clientele.test";
    public static final String FRONT_DESK_EMAIL = "sam@clientele.test";
    public static final String MANAGER_API_TOKEN = "clt_demo_glow_manager_priya_2026";
    public static final String STYLIST_API_TOKEN = "clt_demo_glow_stylist_mia_2026";
    public static final String SECOND_STYLIST_API_TOKEN = "clt_demo_glow_stylist_leo_2026";
    public static final String FRONT_DESK_API_TOKEN = "clt_demo_glow_front_desk_sam_2026";

    private DemoAccounts() {
    }
}

package com.clientele.workspace.api;

/** The seed's URL prefix of the provider's dashboard endpoints. */
final class ProviderDashboard {

    static final String PATH = "/api/bookings/provider_dashboard";

    private ProviderDashboard() {
    }
}

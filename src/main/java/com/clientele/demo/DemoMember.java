package com.clientele.demo;

import com.clientele.provider.TeamRole;

/**
 * A member of a demo business's team besides its owner, with a documented sign-in (the provider
 * password of {@link DemoAccounts}) and a documented API token, as the README's tables list them.
 */
record DemoMember(String name, String email, TeamRole role, String apiToken) {

    boolean serves() {
        return role == TeamRole.STAFF;
    }
}

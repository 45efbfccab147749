package com.clientele.provider;

import org.jspecify.annotations.Nullable;

/**
 * A member of a business as other modules see them: who serves a booking, whom a booking may name,
 * whose account an API token acts as. A removed member ({@code active} false, no account) is still
 * listed, because their bookings keep their name.
 */
public record TeamMember(long id, String name, String email, TeamRole role, boolean active, @Nullable Long accountId) {
}

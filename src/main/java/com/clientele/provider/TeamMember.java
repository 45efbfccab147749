package com.clientele.provider;

/**
 * A member of a business as other modules see them: who serves a booking, whom a booking may name.
 * A removed member ({@code active} false) is still listed, because their bookings keep their name.
 */
public record TeamMember(long id, String name, String email, TeamRole role, boolean active) {
}

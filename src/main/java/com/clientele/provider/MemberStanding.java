package com.clientele.provider;

import java.time.Instant;

/**
 * A member of the business as its owners manage them on the team page and the team API: their
 * role, and whether they may sign in ({@code enabled}).
 */
public record MemberStanding(long memberId, String name, String email, TeamRole role, boolean enabled,
        Instant joinedAt) {
}

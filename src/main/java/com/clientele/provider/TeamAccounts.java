package com.clientele.provider;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Rules about the accounts behind a team's members that inviting and joining share. */
final class TeamAccounts {

    private TeamAccounts() {
    }

    /**
     * Whether the existing account with this address belongs to someone removed from this business
     * and to no business now: then an invitation may bring them back, on the same (disabled) account.
     */
    static boolean isRejoining(JdbcClient jdbc, long providerId, String address) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM account a
                        WHERE a.email = :email AND a.role = 'PROVIDER'
                          AND NOT EXISTS (SELECT 1 FROM member m WHERE m.account_id = a.id)
                          AND EXISTS (SELECT 1 FROM member r WHERE r.provider_id = :provider AND r.email = :email
                                      AND r.removed_at IS NOT NULL)""")
                .param("email", address).param("provider", providerId).query(Integer.class).single() > 0;
    }
}

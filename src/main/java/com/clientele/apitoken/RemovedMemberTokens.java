package com.clientele.apitoken;

import com.clientele.base.Sql;
import com.clientele.provider.MemberRemoved;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Revokes a removed member's API tokens, in the transaction that removes them: if the address is
 * invited again later and the account enabled again, its old tokens stay dead.
 */
@Component
class RemovedMemberTokens {

    private final JdbcClient jdbc;
    private final Clock clock;

    RemovedMemberTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(MemberRemoved removed) {
        jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE account_id = :account AND revoked_at IS NULL")
                .param("now", Sql.param(clock.instant())).param("account", removed.accountId()).update();
    }
}

package com.clientele.booking;

import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.base.SecretTokens;
import com.clientele.base.Sql;
import com.clientele.provider.TeamRole;
import com.clientele.security.RunAs;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Members of a test business in each role, written straight to the account and member tables: the
 * bookings' tests need a team, not the way one is invited.
 */
@Component
public class TeamMembers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Nobody signs in with a password here: the tests act as the member ({@link #as}, {@link #login}). */
    private static final String NO_PASSWORD = "{noop}-";

    private final JdbcClient jdbc;
    private final RunAs runAs;
    private final TestData data;

    TeamMembers(JdbcClient jdbc, RunAs runAs, TestData data) {
        this.jdbc = jdbc;
        this.runAs = runAs;
        this.data = data;
    }

    public record TeamMate(long memberId, String name, String email) {
    }

    /** A new member of the business with this role, with an account of their own. */
    public TeamMate add(TestProvider provider, TeamRole role, String name) {
        String email = "member" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@team.example";
        Instant now = Instant.now();
        var account = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO account (email, password_hash, role, created_at) VALUES (:email, :hash, 'PROVIDER', :now)")
                .param("email", email).param("hash", NO_PASSWORD).param("now", Sql.param(now)).update(account);
        var member = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO member (provider_id, account_id, name, email, team_role, created_at)
                VALUES (:provider, :account, :name, :email, :role, :now)""")
                .param("provider", provider.id()).param("account", account.getKey().longValue()).param("name", name)
                .param("email", email).param("role", role.name()).param("now", Sql.param(now)).update(member);
        return new TeamMate(member.getKey().longValue(), name, email);
    }

    /** Takes the member out of the team, as removing them does: the name stays, the account goes. */
    public void remove(TeamMate mate) {
        jdbc.sql("UPDATE member SET removed_at = :now, account_id = NULL WHERE id = :id")
                .param("now", Sql.param(Instant.now())).param("id", mate.memberId()).update();
    }

    public <T> T as(TeamMate mate, Supplier<T> work) {
        return runAs.call(mate.email(), work);
    }

    public void as(TeamMate mate, Runnable work) {
        runAs.run(mate.email(), work);
    }

    /** Signs the member in on this thread until {@link TestData#logout()}. */
    public void login(TeamMate mate) {
        data.login(mate.email());
    }

    /** A new API token of the member's account, as its value. */
    public String apiToken(TeamMate mate) {
        String token = "clt_" + SecretTokens.generate();
        jdbc.sql("""
                INSERT INTO api_token (account_id, name, token_hash, token_prefix, created_at)
                SELECT a.id, 'Team test', :hash, :prefix, :now FROM account a WHERE a.email = :email""")
                .param("hash", SecretTokens.hash(token)).param("prefix", token.substring(0, 12))
                .param("now", Sql.param(Instant.now())).param("email", mate.email()).update();
        return token;
    }

    /** The member who serves a booking, as stored. */
    public Long staffOf(long bookingId) {
        List<Long> staff = jdbc.sql("SELECT staff_member_id FROM booking WHERE id = :id").param("id", bookingId)
                .query(Long.class).list();
        return staff.isEmpty() ? null : staff.getFirst();
    }
}

package com.clientele.provider;

import com.clientele.base.Language;
import com.clientele.base.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The members of a business, read-only, for the services of other modules (bookings name a member,
 * an import matches a staff column against the team). Callers pass the provider they act for; a
 * business's team is small, so it is read whole.
 */
@Service
public class TeamDirectory {

    private static final String SELECT = "SELECT id, name, email, team_role, removed_at, account_id FROM member";

    private final JdbcClient jdbc;

    TeamDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every member of the business, removed ones included (flagged), by name. */
    public List<TeamMember> members(long providerId) {
        return jdbc.sql(SELECT + " WHERE provider_id = :provider ORDER BY name, id")
                .param("provider", providerId)
                .query(TeamDirectory::member)
                .list();
    }

    /**
     * The business's enabled owners who can sign in, with the language their account reads, for
     * notices about the business (a webhook endpoint turned off); first owner first.
     */
    public List<OwnerContact> owners(long providerId) {
        return jdbc.sql("""
                        SELECT m.name, a.email, a.language FROM member m JOIN account a ON a.id = m.account_id
                        WHERE m.provider_id = :provider AND m.team_role = 'OWNER' AND m.removed_at IS NULL
                          AND a.enabled = TRUE ORDER BY m.id""")
                .param("provider", providerId)
                .query((rs, row) -> new OwnerContact(rs.getString("name"), rs.getString("email"),
                        Language.find(rs.getString("language")).orElse(Language.ENGLISH)))
                .list();
    }

    /** The member of this business with this id, removed or not; empty for another business's member. */
    public Optional<TeamMember> find(long providerId, long memberId) {
        return jdbc.sql(SELECT + " WHERE provider_id = :provider AND id = :id")
                .param("provider", providerId)
                .param("id", memberId)
                .query(TeamDirectory::member)
                .optional();
    }

    private static TeamMember member(ResultSet rs, int row) throws SQLException {
        return new TeamMember(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
                TeamRole.valueOf(rs.getString("team_role")), Sql.instant(rs, "removed_at") == null,
                rs.getObject("account_id", Long.class));
    }
}

package com.clientele.provider;

import com.clientele.base.SecretTokens;
import com.clientele.base.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The {@code member_invitation} table for the team's services: the owners' side ({@link TeamService}),
 * the link's side ({@link Invitations}) and the mail's ({@link InvitationLinks}).
 */
@Component
class InvitationRows {

    /** Tokens are 43 characters; anything much longer is not one and is not hashed. */
    private static final int TOKEN_MAX_LENGTH = 100;

    private static final String SELECT = """
            SELECT i.id, i.provider_id, i.name, i.email, i.team_role, i.token_hash, i.created_at, i.expires_at,
                   i.accepted_at, i.revoked_at, i.invited_by
            FROM member_invitation i""";

    private final JdbcClient jdbc;

    InvitationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored invitation. */
    record Row(long id, long providerId, String name, String email, TeamRole role, String tokenHash,
            Instant createdAt, Instant expiresAt, @Nullable Instant acceptedAt, @Nullable Instant revokedAt,
            @Nullable Long invitedBy) {

        InvitationState state(Instant now) {
            if (acceptedAt != null) {
                return InvitationState.ACCEPTED;
            }
            if (revokedAt != null) {
                return InvitationState.REVOKED;
            }
            return expiresAt.isAfter(now) ? InvitationState.PENDING : InvitationState.EXPIRED;
        }

        Invitation invitation(Instant now) {
            return new Invitation(id, name, email, role, state(now), createdAt, expiresAt);
        }
    }

    /** The business's invitations neither accepted nor revoked, newest first. */
    List<Row> open(long providerId) {
        return jdbc.sql(SELECT + " WHERE i.provider_id = :provider AND i.accepted_at IS NULL AND i.revoked_at IS NULL"
                        + " ORDER BY i.created_at DESC, i.id DESC")
                .param("provider", providerId).query(InvitationRows::row).list();
    }

    boolean hasOpen(long providerId, String email) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM member_invitation
                        WHERE provider_id = :provider AND email = :email AND accepted_at IS NULL AND revoked_at IS NULL""")
                .param("provider", providerId).param("email", email).query(Integer.class).single() > 0;
    }

    /** The business's invitation with this id, locked until the transaction ends. */
    Optional<Row> lock(long providerId, long invitationId) {
        return jdbc.sql(SELECT + " WHERE i.id = :id AND i.provider_id = :provider FOR UPDATE")
                .param("id", invitationId).param("provider", providerId).query(InvitationRows::row).optional();
    }

    Optional<Row> find(long invitationId) {
        return jdbc.sql(SELECT + " WHERE i.id = :id").param("id", invitationId).query(InvitationRows::row).optional();
    }

    /** The invitation a link's token opens; with {@code lock}, locked until the transaction ends. */
    Optional<Row> byToken(@Nullable String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > TOKEN_MAX_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE i.token_hash = :hash" + (lock ? " FOR UPDATE" : ""))
                .param("hash", SecretTokens.hash(token)).query(InvitationRows::row).optional();
    }

    long insert(long providerId, String name, String email, TeamRole role, String tokenHash, long invitedBy,
            Instant now, Instant expiresAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO member_invitation (provider_id, email, name, team_role, token_hash, invited_by,
                                                       created_at, expires_at)
                        VALUES (:provider, :email, :name, :role, :hash, :by, :now, :expires)""")
                .param("provider", providerId).param("email", email).param("name", name).param("role", role.name())
                .param("hash", tokenHash).param("by", invitedBy).param("now", Sql.param(now))
                .param("expires", Sql.param(expiresAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A new link (by its token's hash) and a new validity, sent at {@code now}: the old link stops working. */
    void renew(long invitationId, String tokenHash, Instant now, Instant expiresAt) {
        jdbc.sql("UPDATE member_invitation SET token_hash = :hash, created_at = :now, expires_at = :expires"
                        + " WHERE id = :id")
                .param("hash", tokenHash).param("now", Sql.param(now)).param("expires", Sql.param(expiresAt))
                .param("id", invitationId).update();
    }

    /** Replaces the pending hash by the issued link's; false when the pending one is no longer there. */
    boolean issue(long invitationId, String pendingHash, String tokenHash, Instant now) {
        return jdbc.sql("""
                        UPDATE member_invitation SET token_hash = :hash
                        WHERE id = :id AND token_hash = :pending AND accepted_at IS NULL AND revoked_at IS NULL
                          AND expires_at > :now""")
                .param("hash", tokenHash).param("id", invitationId).param("pending", pendingHash)
                .param("now", Sql.param(now)).update() == 1;
    }

    void revoke(long invitationId, Instant now) {
        jdbc.sql("UPDATE member_invitation SET revoked_at = :now WHERE id = :id")
                .param("now", Sql.param(now)).param("id", invitationId).update();
    }

    void accept(long invitationId, long memberId, Instant now) {
        jdbc.sql("UPDATE member_invitation SET accepted_at = :now, member_id = :member WHERE id = :id")
                .param("now", Sql.param(now)).param("member", memberId).param("id", invitationId).update();
    }

    /** The hash of a token nobody holds: an invitation's link until its mail makes the real one. */
    static String pendingHash() {
        return SecretTokens.hash(SecretTokens.generate());
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("provider_id"), rs.getString("name"), rs.getString("email"),
                TeamRole.valueOf(rs.getString("team_role")), rs.getString("token_hash"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "expires_at"), Sql.instant(rs, "accepted_at"), Sql.instant(rs, "revoked_at"),
                rs.getObject("invited_by", Long.class));
    }
}

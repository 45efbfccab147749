package com.clientele.provider;

import com.clientele.base.SecretTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes an invitation's link for the e-mail that carries it, after the commit that invited
 * ({@link MemberInvited}); its callers run without a signed-in user (the mail listener), so there is
 * no role check: no view or controller may call it.
 */
@Service
public class InvitationLinks {

    private final InvitationRows invitations;
    private final JdbcClient jdbc;
    private final MemberRepository members;
    private final Clock clock;
    private final Duration validity;

    InvitationLinks(InvitationRows invitations, JdbcClient jdbc, MemberRepository members, Clock clock,
            TeamSettings settings) {
        this.invitations = invitations;
        this.jdbc = jdbc;
        this.members = members;
        this.clock = clock;
        this.validity = settings.invitationValidity();
    }

    /** How long an invitation's link works after it was sent. */
    public Duration validity() {
        return validity;
    }

    /**
     * The invitation's link with a new token, whose hash takes the place of the pending one. Empty
     * when there is nothing to send: the invitation was sent again since (a newer event carries it),
     * this event was handled already (the event log delivers at least once), or it was accepted,
     * revoked or has expired.
     */
    @Transactional
    public Optional<InvitationLink> issue(MemberInvited event) {
        Optional<InvitationRows.Row> found = invitations.find(event.invitationId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        InvitationRows.Row row = found.get();
        String token = SecretTokens.generate();
        Instant now = clock.instant();
        if (!invitations.issue(row.id(), event.pendingHash(), SecretTokens.hash(token), now)) {
            return Optional.empty();
        }
        String business = jdbc.sql("SELECT business_name FROM provider WHERE id = :id").param("id", row.providerId())
                .query(String.class).single();
        String inviter = row.invitedBy() == null ? business
                : members.findById(row.invitedBy()).map(Member::getName).orElse(business);
        return Optional.of(new InvitationLink(row.email(), row.name(), business, inviter, row.role(),
                event.language(), token, row.expiresAt()));
    }
}

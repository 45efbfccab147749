package com.clientele.provider;

import com.clientele.base.ConflictException;
import com.clientele.base.InvalidInputException;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitation page's one door (SPEC §10): whoever holds an invitation's link may see what it
 * offers and accept it, so the check is {@code permitAll()}: the link's secret token (256 random
 * bits, stored as its hash) is the permission, as with password reset links. Accepting creates the
 * account with the invitee's own password and the member with the invited role, once: the
 * invitation row is locked, so two tabs accepting at once make one member.
 */
@Service
@PreAuthorize("permitAll()")
public class Invitations {

    private final InvitationRows invitations;
    private final MemberAccounts memberAccounts;
    private final MemberRepository members;
    private final JdbcClient jdbc;
    private final Clock clock;

    Invitations(InvitationRows invitations, MemberAccounts memberAccounts, MemberRepository members, JdbcClient jdbc,
            Clock clock) {
        this.invitations = invitations;
        this.memberAccounts = memberAccounts;
        this.members = members;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Who invites the link's holder to which business as what, or why the link cannot be used. */
    @Transactional(readOnly = true)
    public InvitationCheck check(@Nullable String token) {
        return invitations.byToken(token, false).map(this::check).orElseGet(InvitationCheck::unknown);
    }

    /**
     * Joins the business with the link: a new account with this password (or the account of a
     * member removed from this business earlier, enabled again) and a member with the invited role.
     *
     * @throws InvitationInvalidException when the link is unknown, used, revoked or expired
     * @throws InvalidInputException ({@code password}, {@code passwordAgain}) when the password breaks
     *         the rules or the two differ
     * @throws ConflictException when the address became another account's sign-in meanwhile
     */
    @Transactional
    public MemberStanding accept(@Nullable String token, @Nullable String password, @Nullable String passwordAgain) {
        InvitationRows.Row row = invitations.byToken(token, true)
                .orElseThrow(() -> new InvitationInvalidException(InvitationCheck.unknown()));
        InvitationCheck check = check(row);
        if (!check.usable()) {
            throw new InvitationInvalidException(check);
        }
        Passwords.problem(password, row.email()).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        if (!Objects.equals(password, passwordAgain)) {
            throw new InvalidInputException("passwordAgain", "team.error.passwords-differ");
        }
        Member member = memberAccounts.join(row.providerId(), row.name(), row.email(), row.role(),
                Objects.requireNonNull(password));
        invitations.accept(row.id(), member.getId(), member.getCreatedAt());
        return new MemberStanding(member.getId(), member.getName(), member.getEmail(), member.getTeamRole(), true,
                member.getCreatedAt());
    }

    private InvitationCheck check(InvitationRows.Row row) {
        String business = jdbc.sql("SELECT business_name FROM provider WHERE id = :id").param("id", row.providerId())
                .query(String.class).optional().orElse("");
        String inviter = row.invitedBy() == null ? "" : members.findById(row.invitedBy()).map(Member::getName)
                .orElse("");
        return new InvitationCheck(row.state(clock.instant()), business, inviter, row.email(), row.role(),
                row.expiresAt());
    }
}

package com.clientele.provider;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.base.ConflictException;
import com.clientele.base.Emails;
import com.clientele.base.InvalidInputException;
import com.clientele.base.Language;
import com.clientele.base.NotFoundException;
import com.clientele.base.Sql;
import com.clientele.base.Text;
import com.clientele.provider.TeamRole.Capability;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owners manage their team here (SPEC §10): invite by e-mail, send again, revoke; give a member
 * another role, disable, enable, remove. Only owners ({@code MANAGE_BUSINESS} of {@link TeamRole}); the
 * business is the signed-in owner's, read from their membership. (The {@code security} module's
 * {@code CurrentUser} depends on this module, so the member is looked up here from the sign-in.) A business always keeps at least one enabled owner: every change first locks
 * the business's owner rows, so two owners demoting each other at once are handled one after the
 * other and the second is refused. Each change is audited.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class TeamService {

    public static final int NAME_MAX = 200;

    private final MemberRepository members;
    private final AccountRepository accounts;
    private final InvitationRows invitations;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validity;

    TeamService(MemberRepository members, AccountRepository accounts, InvitationRows invitations, JdbcClient jdbc,
            AuditLog auditLog, ApplicationEventPublisher events, Clock clock,
            TeamSettings settings) {
        this.members = members;
        this.accounts = accounts;
        this.invitations = invitations;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.validity = settings.invitationValidity();
    }

    /** How long an invitation's link works after it was sent. */
    @Transactional(readOnly = true)
    public Duration invitationValidity() {
        owner();
        return validity;
    }

    /** The members (not removed) by name, and the open invitations, newest first. */
    @Transactional(readOnly = true)
    public TeamOverview members() {
        long providerId = business();
        Instant now = clock.instant();
        List<MemberStanding> standings = jdbc.sql("""
                        SELECT m.id, m.name, m.email, m.team_role, m.created_at, a.enabled
                        FROM member m JOIN account a ON a.id = m.account_id
                        WHERE m.provider_id = :provider AND m.removed_at IS NULL ORDER BY m.name, m.id""")
                .param("provider", providerId)
                .query((rs, row) -> new MemberStanding(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
                        TeamRole.valueOf(rs.getString("team_role")), rs.getBoolean("enabled"),
                        Sql.instant(rs, "created_at")))
                .list();
        return new TeamOverview(standings, invitations.open(providerId).stream().map(row -> row.invitation(now))
                .toList());
    }

    /**
     * Invites someone by e-mail with a role; the mail (in the inviting owner's language) goes out
     * after the commit, with a link valid {@link #invitationValidity()}.
     *
     * @throws InvalidInputException ({@code name}, {@code email}, {@code role}) naming every problem;
     *         nothing is written then
     */
    @Transactional
    public Invitation invite(@Nullable String name, @Nullable String email, @Nullable TeamRole role) {
        Member owner = owner();
        long providerId = owner.getProviderId();
        lockOwners(providerId);
        String cleanName = name == null ? "" : name.strip();
        String address = Emails.normalise(email);
        Map<String, Text> errors = new LinkedHashMap<>();
        if (cleanName.isEmpty()) {
            errors.put("name", Text.of("team.error.name.required"));
        } else if (cleanName.length() > NAME_MAX) {
            errors.put("name", Text.of("error.text.too-long", NAME_MAX));
        }
        if (!Emails.isValid(address)) {
            errors.put("email", Text.of("error.email.invalid"));
        } else {
            emailProblem(providerId, address).ifPresent(problem -> errors.put("email", problem));
        }
        if (role == null) {
            errors.put("role", Text.of("team.error.role.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = now();
        String pending = InvitationRows.pendingHash();
        long id = invitations.insert(providerId, cleanName, address, role, pending, owner.getId(), now,
                now.plus(validity));
        auditLog.record(AuditAction.MEMBER_INVITED, address, cleanName + " as " + role);
        events.publishEvent(new MemberInvited(id, pending, languageOf(owner)));
        return invitations.find(id).orElseThrow().invitation(now);
    }

    /** Sends an open invitation again: a new link, valid {@link #invitationValidity()} from now; the old link stops working. */
    @Transactional
    public Invitation resend(long invitationId) {
        Member owner = owner();
        long providerId = owner.getProviderId();
        InvitationRows.Row row = openInvitation(providerId, invitationId);
        Instant now = now();
        String pending = InvitationRows.pendingHash();
        invitations.renew(invitationId, pending, now, now.plus(validity));
        auditLog.record(AuditAction.MEMBER_INVITATION_RESENT, row.email(), null);
        events.publishEvent(new MemberInvited(invitationId, pending, languageOf(owner)));
        return invitations.find(invitationId).orElseThrow().invitation(now);
    }

    /** Withdraws an open invitation: its link stops working. */
    @Transactional
    public void revoke(long invitationId) {
        long providerId = business();
        InvitationRows.Row row = openInvitation(providerId, invitationId);
        invitations.revoke(invitationId, now());
        auditLog.record(AuditAction.MEMBER_INVITATION_REVOKED, row.email(), null);
    }

    /**
     * Gives the member another role; their open sessions end (their rights changed).
     *
     * @throws ConflictException when that would leave the business without an enabled owner
     */
    @Transactional
    public MemberStanding changeRole(long memberId, @Nullable TeamRole role) {
        long providerId = business();
        if (role == null) {
            throw new InvalidInputException("role", "team.error.role.required");
        }
        int enabledOwners = lockOwners(providerId);
        Member member = member(providerId, memberId);
        Account account = account(member);
        TeamRole old = member.getTeamRole();
        if (old == role) {
            return standing(member, account);
        }
        if (isLastEnabledOwner(member, account, enabledOwners)) {
            throw new ConflictException("team.error.last-owner.demote");
        }
        member.setTeamRole(role);
        members.flush();
        auditLog.record(AuditAction.MEMBER_ROLE_CHANGED, member.getEmail(), old + " → " + role);
        events.publishEvent(new TeamRoleChanged(account.getId()));
        return standing(member, account);
    }

    /**
     * Disables the member's sign-in: their sessions on every open page end, their API tokens stop.
     *
     * @throws ConflictException for the last enabled owner
     */
    @Transactional
    public MemberStanding disable(long memberId) {
        long providerId = business();
        int enabledOwners = lockOwners(providerId);
        Member member = member(providerId, memberId);
        Account account = account(member);
        if (!account.isEnabled()) {
            return standing(member, account);
        }
        if (isLastEnabledOwner(member, account, enabledOwners)) {
            throw new ConflictException("team.error.last-owner.disable");
        }
        account.setEnabled(false);
        accounts.flush();
        auditLog.record(AuditAction.MEMBER_DISABLED, member.getEmail(), null);
        events.publishEvent(new AccountDisabled(account.getId()));
        return standing(member, account);
    }

    /** Lets a disabled member sign in again, with the role they had. */
    @Transactional
    public MemberStanding enable(long memberId) {
        long providerId = business();
        lockOwners(providerId);
        Member member = member(providerId, memberId);
        Account account = account(member);
        if (!account.isEnabled()) {
            account.setEnabled(true);
            accounts.flush();
            auditLog.record(AuditAction.MEMBER_ENABLED, member.getEmail(), null);
        }
        return standing(member, account);
    }

    /**
     * Takes the member out of the team: their bookings keep naming them; their account is disabled
     * (sessions end, API tokens revoked) and kept, so the audit trail keeps its e-mail. The address
     * can be invited again later, which makes a new member.
     *
     * @throws ConflictException for the last enabled owner
     */
    @Transactional
    public void remove(long memberId) {
        long providerId = business();
        int enabledOwners = lockOwners(providerId);
        Member member = member(providerId, memberId);
        Account account = account(member);
        if (isLastEnabledOwner(member, account, enabledOwners)) {
            throw new ConflictException("team.error.last-owner.remove");
        }
        member.remove(now());
        account.setEnabled(false);
        members.flush();
        auditLog.record(AuditAction.MEMBER_REMOVED, member.getEmail(), member.getName() + " (" + member.getTeamRole()
                + ")");
        events.publishEvent(new MemberRemoved(account.getId()));
        events.publishEvent(new AccountDisabled(account.getId()));
    }

    /** The signed-in owner's business. */
    private long business() {
        return owner().getProviderId();
    }

    /**
     * The signed-in member, if their role may manage the business (owners); denied for anyone else.
     * Their role is read from the database: a member demoted a moment ago is refused at once.
     */
    private Member owner() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String email = authentication == null ? null : Emails.normalise(authentication.getName());
        Member member = Optional.ofNullable(email).flatMap(accounts::findByEmail)
                .flatMap(account -> members.findByAccountId(account.getId()))
                .filter(found -> found.getRemovedAt() == null)
                .orElseThrow(() -> new AccessDeniedException("Only members of a business act for it"));
        if (!member.getTeamRole().may(Capability.MANAGE_BUSINESS)) {
            throw new AccessDeniedException("The role in this business does not allow " + Capability.MANAGE_BUSINESS);
        }
        return member;
    }

    /**
     * Locks the business's owner rows (by id, so two transactions lock them in the same order) and
     * counts the enabled ones among them.
     */
    private int lockOwners(long providerId) {
        List<Long> owners = jdbc.sql("""
                        SELECT id FROM member WHERE provider_id = :provider AND team_role = 'OWNER' AND removed_at IS NULL
                        ORDER BY id FOR UPDATE""")
                .param("provider", providerId).query(Long.class).list();
        if (owners.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        SELECT COUNT(*) FROM member m JOIN account a ON a.id = m.account_id
                        WHERE m.provider_id = :provider AND m.team_role = 'OWNER' AND m.removed_at IS NULL AND a.enabled""")
                .param("provider", providerId).query(Integer.class).single();
    }

    private static boolean isLastEnabledOwner(Member member, Account account, int enabledOwners) {
        return member.getTeamRole() == TeamRole.OWNER && account.isEnabled() && enabledOwners <= 1;
    }

    /** The business's member (not removed); another business's, or a removed one, is not found. */
    private Member member(long providerId, long memberId) {
        return members.findById(memberId)
                .filter(member -> member.getProviderId() == providerId && member.getRemovedAt() == null
                        && member.getAccountId() != null)
                .orElseThrow(() -> new NotFoundException("team.error.member-not-found"));
    }

    private Account account(Member member) {
        return accounts.findForUpdate(member.getAccountId())
                .orElseThrow(() -> new NotFoundException("team.error.member-not-found"));
    }

    private InvitationRows.Row openInvitation(long providerId, long invitationId) {
        lockOwners(providerId);
        InvitationRows.Row row = invitations.lock(providerId, invitationId)
                .orElseThrow(() -> new NotFoundException("team.error.invitation-not-found"));
        InvitationState state = row.state(clock.instant());
        if (state == InvitationState.ACCEPTED) {
            throw new ConflictException("team.error.invitation.accepted");
        }
        if (state == InvitationState.REVOKED) {
            throw new ConflictException("team.error.invitation.revoked");
        }
        return row;
    }

    /**
     * Why this address cannot be invited to the business: a member already, invited already, or the
     * sign-in of another account (addresses are sign-in names, unique on the platform). A member
     * removed from this business may be invited again.
     */
    private Optional<Text> emailProblem(long providerId, String address) {
        boolean member = jdbc.sql("""
                        SELECT COUNT(*) FROM member m JOIN account a ON a.id = m.account_id
                        WHERE m.provider_id = :provider AND m.removed_at IS NULL AND a.email = :email""")
                .param("provider", providerId).param("email", address).query(Integer.class).single() > 0;
        if (member) {
            return Optional.of(Text.of("team.error.email.member"));
        }
        if (invitations.hasOpen(providerId, address)) {
            return Optional.of(Text.of("team.error.email.invited"));
        }
        if (accounts.existsByEmail(address) && !TeamAccounts.isRejoining(jdbc, providerId, address)) {
            return Optional.of(Text.of("team.error.email.other-account"));
        }
        return Optional.empty();
    }

    private MemberStanding standing(Member member, Account account) {
        return new MemberStanding(member.getId(), member.getName(), member.getEmail(), member.getTeamRole(),
                account.isEnabled(), member.getCreatedAt());
    }

    /** The inviting owner's chosen language, else the one of the page or request they invite from. */
    private Language languageOf(Member owner) {
        Language page = Language.of(LocaleContextHolder.getLocale());
        return Optional.ofNullable(owner.getAccountId()).flatMap(accounts::findById)
                .flatMap(account -> Language.find(account.getLanguage())).orElse(page);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

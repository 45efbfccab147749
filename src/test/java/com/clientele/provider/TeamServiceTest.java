package com.clientele.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.clientele.ApiClient;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.TestData.TestProvider;
import com.clientele.base.ConflictException;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.api.PublicAddress;
import com.clientele.base.i18n.English;
import com.clientele.booking.BookingQueries;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingStatus;
import com.clientele.security.AppUser;
import com.clientele.security.FormLogin;
import com.clientele.security.SignedOutSessions;
import com.clientele.workspace.ui.CustomersView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockPage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The owners' team management end to end: the invitation mail through GreenMail, its link on the
 * real database, sign-ins over real HTTP, sessions and API tokens ending.
 */
@IntegrationTest
class TeamServiceTest extends SpringBrowserlessTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    TeamInvites invites;
    @Autowired
    TeamService team;
    @Autowired
    Invitations invitations;
    @Autowired
    TeamDirectory directory;
    @Autowired
    BookingQueries bookings;
    @Autowired
    PublicAddress publicAddress;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void theInviteeGetsTheLinkByMailJoinsWithTheRoleAndSignsIn() {
        TestProvider business = data.newProvider();
        String email = TeamInvites.newAddress();
        Invitation invitation = invites.invite(business, email.toUpperCase(), TeamRole.FRONT_DESK);
        assertThat(invitation.state()).isEqualTo(InvitationState.PENDING);
        assertThat(invitation.email()).isEqualTo(email);
        assertThat(Duration.between(invitation.sentAt(), invitation.expiresAt())).isEqualTo(Duration.ofDays(7));

        String token = invites.awaitToken(email, 1);
        MimeMessage mail = TeamInvites.mailsTo(email).getLast();
        String businessName = businessName(business);
        assertThat(TeamInvites.subject(mail)).isEqualTo("Join " + businessName + " on Clientele");
        assertThat(TeamInvites.body(mail)).contains("invites you to join the team of " + businessName,
                "as Front desk", "within 7 days", "works once");
        Matcher link = invites.links(email).getLast();
        assertThat(link.group(1)).isEqualTo(publicAddress.origin());
        assertThat(token).hasSize(43);
        assertThat(jdbc.sql("SELECT token_hash FROM member_invitation WHERE id = ?").param(invitation.invitationId())
                .query(String.class).single()).as("only the hash is stored")
                .isEqualTo(com.clientele.base.SecretTokens.hash(token));

        InvitationCheck check = invitations.check(token);
        assertThat(check.usable()).isTrue();
        assertThat(check.businessName()).isEqualTo(businessName);
        assertThat(check.role()).isEqualTo(TeamRole.FRONT_DESK);
        MemberStanding joined = invitations.accept(token, TeamInvites.PASSWORD, TeamInvites.PASSWORD);

        assertThat(FormLogin.signedIn(FormLogin.fromOwnAddress(port).login(email, TeamInvites.PASSWORD))).isTrue();
        data.login(email);
        AppUser user = (AppUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        assertThat(user.providerId()).isEqualTo(business.id());
        assertThat(user.teamRole()).isEqualTo(TeamRole.FRONT_DESK);
        assertThat(user.memberId()).isEqualTo(joined.memberId());
        data.logout();
        TeamOverview overview = data.as(business, () -> team.members());
        assertThat(overview.members()).extracting(MemberStanding::email, MemberStanding::role, MemberStanding::enabled)
                .contains(org.assertj.core.groups.Tuple.tuple(email, TeamRole.FRONT_DESK, true));
        assertThat(overview.invitations()).isEmpty();
        assertThat(audits(email)).contains("MEMBER_INVITED", "MEMBER_JOINED");
    }

    @Test
    void aUsedLinkIsRefusedAndTwoTabsAcceptingAtOnceMakeOneMember() throws Exception {
        TestProvider business = data.newProvider();
        String email = TeamInvites.newAddress();
        invites.invite(business, email, TeamRole.STAFF);
        String token = invites.awaitToken(email, 1);

        List<Object> outcomes = atOnce(
                () -> invitations.accept(token, TeamInvites.PASSWORD, TeamInvites.PASSWORD),
                () -> invitations.accept(token, "another-password-9", "another-password-9"));

        assertThat(outcomes).filteredOn(MemberStanding.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(InvitationInvalidException.class::isInstance).singleElement()
                .satisfies(refused -> assertThat(((InvitationInvalidException) refused).check().state())
                        .isEqualTo(InvitationState.ACCEPTED));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member WHERE email = ?").param(email).query(Long.class).single())
                .isEqualTo(1);
        assertThat(invitations.check(token).state()).isEqualTo(InvitationState.ACCEPTED);
        assertThatThrownBy(() -> invitations.accept(token, TeamInvites.PASSWORD, TeamInvites.PASSWORD))
                .isInstanceOf(InvitationInvalidException.class);
    }

    @Test
    void anExpiredLinkIsRefusedAndSendingItAgainMakesANewOne() {
        TestProvider business = data.newProvider();
        String email = TeamInvites.newAddress();
        Invitation invitation = invites.invite(business, email, TeamRole.MANAGER);
        String old = invites.awaitToken(email, 1);
        // Seven days on: the stored expiry is moved back instead of the clock forward.
        jdbc.sql("UPDATE member_invitation SET expires_at = DATE_SUB(UTC_TIMESTAMP(6), INTERVAL 1 SECOND) WHERE id = ?")
                .param(invitation.invitationId()).update();

        InvitationCheck check = invitations.check(old);
        assertThat(check.state()).isEqualTo(InvitationState.EXPIRED);
        assertThat(check.businessName()).isEqualTo(businessName(business));
        assertThatThrownBy(() -> invitations.accept(old, TeamInvites.PASSWORD, TeamInvites.PASSWORD))
                .isInstanceOf(InvitationInvalidException.class);
        assertThat(data.as(business, () -> team.members()).invitations()).singleElement()
                .extracting(Invitation::state).isEqualTo(InvitationState.EXPIRED);

        Invitation resent = data.as(business, () -> team.resend(invitation.invitationId()));

        assertThat(resent.state()).isEqualTo(InvitationState.PENDING);
        String fresh = invites.awaitToken(email, 2);
        assertThat(fresh).isNotEqualTo(old);
        assertThat(invitations.check(old).usable()).as("the old link stays dead").isFalse();
        assertThat(invitations.accept(fresh, TeamInvites.PASSWORD, TeamInvites.PASSWORD).role())
                .isEqualTo(TeamRole.MANAGER);
        assertThat(audits(email)).contains("MEMBER_INVITATION_RESENT");
    }

    @Test
    void resendingMakesTheOldLinkFailAndRevokingStopsTheLink() {
        TestProvider business = data.newProvider();
        String email = TeamInvites.newAddress();
        Invitation invitation = invites.invite(business, email, TeamRole.STAFF);
        String first = invites.awaitToken(email, 1);

        data.as(business, () -> team.resend(invitation.invitationId()));
        String second = invites.awaitToken(email, 2);

        assertThat(invitations.check(first).usable()).isFalse();
        assertThatThrownBy(() -> invitations.accept(first, TeamInvites.PASSWORD, TeamInvites.PASSWORD))
                .isInstanceOf(InvitationInvalidException.class);
        assertThat(invitations.check(second).usable()).isTrue();

        data.as(business, () -> team.revoke(invitation.invitationId()));

        assertThat(invitations.check(second).state()).isEqualTo(InvitationState.REVOKED);
        assertThatThrownBy(() -> invitations.accept(second, TeamInvites.PASSWORD, TeamInvites.PASSWORD))
                .isInstanceOf(InvitationInvalidException.class);
        assertThat(data.as(business, () -> team.members()).invitations()).isEmpty();
        assertThat(audits(email)).contains("MEMBER_INVITATION_REVOKED");
        assertThatThrownBy(() -> data.as(business, () -> team.resend(invitation.invitationId())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void membersInvitedAddressesOtherAccountsAndBadInputAreRefusedAndNothingIsWritten() {
        TestProvider business = data.newProvider();
        TestProvider other = data.newProvider();
        String invited = TeamInvites.newAddress();
        invites.invite(business, invited, TeamRole.STAFF);
        long rowsBefore = invitationRows(business);

        assertThat(refusal(business, "Me again", business.email(), TeamRole.STAFF))
                .containsEntry("email", "Already a member of your team");
        assertThat(refusal(business, "Twice", invited, TeamRole.MANAGER))
                .containsEntry("email", "Already invited: send the open invitation again instead");
        assertThat(refusal(business, "Someone else", other.email(), TeamRole.STAFF).get("email"))
                .startsWith("This address already signs in to another Clientele account");
        assertThat(refusal(business, " ", "not an address", null)).containsOnlyKeys("name", "email", "role")
                .containsEntry("email", "Enter a valid e-mail address, like name@example.com")
                .containsEntry("role", "Choose a role");
        assertThat(refusal(business, "x".repeat(201), TeamInvites.newAddress(), TeamRole.STAFF)).containsOnlyKeys("name");

        assertThat(invitationRows(business)).as("nothing written").isEqualTo(rowsBefore);
        assertThat(audits(other.email())).doesNotContain("MEMBER_INVITED");
    }

    @Test
    void theLastEnabledOwnerCannotBeDemotedDisabledOrRemovedButOneOfTwoCan() {
        TestProvider business = data.newProvider();
        TestMember owner = data.owner(business);

        data.as(business, () -> {
            assertThat(catchThrowable(() -> team.changeRole(owner.memberId(), TeamRole.MANAGER)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(English.of(e.text()))
                            .isEqualTo("The business needs at least one enabled owner: make someone else an owner first"));
            assertThatThrownBy(() -> team.disable(owner.memberId())).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> team.remove(owner.memberId())).isInstanceOf(ConflictException.class);
        });
        TestMember second = data.newMember(business, TeamRole.OWNER);
        data.as(business, () -> team.disable(second.memberId()));
        data.as(business, () -> assertThatThrownBy(() -> team.changeRole(owner.memberId(), TeamRole.STAFF))
                .as("a disabled owner does not count").isInstanceOf(ConflictException.class));
        data.as(business, () -> team.enable(second.memberId()));

        MemberStanding demoted = data.as(business, () -> team.changeRole(owner.memberId(), TeamRole.MANAGER));

        assertThat(demoted.role()).isEqualTo(TeamRole.MANAGER);
        assertThat(audits(owner.email())).contains("MEMBER_ROLE_CHANGED");
        assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE action = 'MEMBER_ROLE_CHANGED' AND target = ?")
                .param(owner.email()).query(String.class).single()).isEqualTo("OWNER → MANAGER");
        data.as(second, () -> assertThatThrownBy(() -> team.remove(second.memberId()))
                .as("now the other is the last").isInstanceOf(ConflictException.class));
    }

    @Test
    void twoOwnersDemotingEachOtherAtOnceLeaveOneOwner() throws Exception {
        TestProvider business = data.newProvider();
        TestMember first = data.owner(business);
        TestMember second = data.newMember(business, TeamRole.OWNER);

        List<Object> outcomes = atOnce(
                () -> data.as(first, () -> team.changeRole(second.memberId(), TeamRole.MANAGER)),
                () -> data.as(second, () -> team.changeRole(first.memberId(), TeamRole.MANAGER)));

        assertThat(outcomes).filteredOn(MemberStanding.class::isInstance).hasSize(1);
        assertThat(outcomes).as("the other is refused: the last owner, or no longer an owner when it started late")
                .filteredOn(outcome -> outcome instanceof ConflictException || outcome instanceof AccessDeniedException)
                .hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member WHERE provider_id = ? AND team_role = 'OWNER'")
                .param(business.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherBusinesssMembersAndInvitationsAreNotFound() {
        TestProvider mine = data.newProvider();
        TestProvider theirs = data.newProvider();
        TestMember theirStaff = data.newMember(theirs, TeamRole.STAFF);
        Invitation theirInvitation = invites.invite(theirs, TeamInvites.newAddress(), TeamRole.STAFF);

        data.as(mine, () -> {
            for (Runnable call : List.<Runnable>of(() -> team.changeRole(theirStaff.memberId(), TeamRole.MANAGER),
                    () -> team.disable(theirStaff.memberId()), () -> team.enable(theirStaff.memberId()),
                    () -> team.remove(theirStaff.memberId()), () -> team.resend(theirInvitation.invitationId()),
                    () -> team.revoke(theirInvitation.invitationId()))) {
                assertThatThrownBy(call::run).isInstanceOf(NotFoundException.class);
            }
        });
        assertThat(directory.find(theirs.id(), theirStaff.memberId()).orElseThrow().active()).isTrue();
        assertThat(data.as(theirs, () -> team.members()).invitations()).hasSize(1);
    }

    @Test
    void disablingEndsTheMembersOpenSessionsAndTheirApiTokenGets401UntilEnabled() throws InterruptedException {
        TestProvider business = data.newProvider();
        TestMember manager = invites.join(business, TeamRole.MANAGER);
        String token = data.apiToken(manager);
        assertThat(ApiClient.at(port, token).get(ApiClient.DASHBOARD + "/customers/").status()).isEqualTo(200);
        data.login(manager.email());
        navigate(CustomersView.class);
        UI memberUi = UI.getCurrent();
        VaadinSession session = memberUi.getSession();
        WrappedSession http = session.getSession();

        data.login(business.email());
        MemberStanding disabled = team.disable(manager.memberId());
        session.unlock();
        session.lock();

        assertThat(disabled.enabled()).isFalse();
        assertThat(((MockPage) memberUi.getPage()).getLastExternalNavigationURL()).isEqualTo("login");
        assertThat(SignedOutSessions.invalidated(http)).isTrue();
        assertThat(ApiClient.at(port, token).get(ApiClient.DASHBOARD + "/customers/").status()).isEqualTo(401);
        assertThat(FormLogin.signedIn(FormLogin.fromOwnAddress(port).login(manager.email(), TeamInvites.PASSWORD)))
                .isFalse();

        team.enable(manager.memberId());
        assertThat(ApiClient.at(port, token).get(ApiClient.DASHBOARD + "/customers/").status()).isEqualTo(200);
        assertThat(audits(manager.email())).contains("MEMBER_DISABLED", "MEMBER_ENABLED");
    }

    @Test
    void aRemovedMembersBookingsStillNameThemAndTheyCanBeInvitedAgain() {
        TestProvider business = data.newProvider();
        TestMember staff = invites.join(business, TeamRole.STAFF);
        String token = data.apiToken(staff);
        BookingRef booking = data.book(business, "Served Customer", null, BookingStatus.COMPLETED, "25.00", 3);
        data.assignStaff(booking.bookingId(), staff);

        data.as(business, () -> team.remove(staff.memberId()));

        var row = data.as(business, () -> bookings.find(booking.bookingId())).orElseThrow();
        assertThat(row.staffMember()).isNotNull();
        assertThat(row.staffMember().name()).isEqualTo("Invited STAFF");
        assertThat(directory.find(business.id(), staff.memberId()).orElseThrow().active()).isFalse();
        assertThat(data.as(business, () -> team.members()).members()).extracting(MemberStanding::email)
                .doesNotContain(staff.email());
        assertThat(ApiClient.at(port, token).get(ApiClient.DASHBOARD + "/customers/").status()).isEqualTo(401);
        assertThat(FormLogin.signedIn(FormLogin.fromOwnAddress(port).login(staff.email(), TeamInvites.PASSWORD)))
                .isFalse();
        assertThat(audits(staff.email())).contains("MEMBER_REMOVED");

        invites.invite(business, staff.email(), TeamRole.FRONT_DESK);
        String again = invites.awaitToken(staff.email(), 2);
        MemberStanding back = invitations.accept(again, "back-again-password-3", "back-again-password-3");

        assertThat(back.memberId()).as("a new member row").isNotEqualTo(staff.memberId());
        assertThat(FormLogin.signedIn(FormLogin.fromOwnAddress(port).login(staff.email(), "back-again-password-3")))
                .isTrue();
        assertThat(ApiClient.at(port, token).get(ApiClient.DASHBOARD + "/customers/").status())
                .as("the old token stays revoked").isEqualTo(401);
        assertThat(data.as(business, () -> bookings.find(booking.bookingId())).orElseThrow().staffMember().id())
                .as("the old booking names the old member").isEqualTo(staff.memberId());
    }

    @Test
    void aRoleChangeEndsTheMembersSessionsAndTakesEffect() {
        TestProvider business = data.newProvider();
        TestMember staff = invites.join(business, TeamRole.STAFF);
        String token = data.apiToken(staff);
        assertThat(ApiClient.at(port, token).get(ApiClient.DASHBOARD + "/customers/export/").status())
                .as("staff may not export").isEqualTo(403);
        data.login(staff.email());
        navigate(CustomersView.class);
        UI memberUi = UI.getCurrent();
        VaadinSession session = memberUi.getSession();

        data.login(business.email());
        MemberStanding changed = team.changeRole(staff.memberId(), TeamRole.MANAGER);
        session.unlock();
        session.lock();

        assertThat(changed.role()).isEqualTo(TeamRole.MANAGER);
        assertThat(((MockPage) memberUi.getPage()).getLastExternalNavigationURL()).as("signed out to sign in again")
                .isEqualTo("login");
        data.login(staff.email());
        assertThat(((AppUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).teamRole())
                .isEqualTo(TeamRole.MANAGER);
        assertThat(ApiClient.at(port, token).get(ApiClient.DASHBOARD + "/customers/export/").status())
                .as("the token carries the new role").isEqualTo(200);
    }

    @Test
    void managersStaffAndFrontDeskMayNotManageTheTeam() {
        TestProvider business = data.newProvider();
        TestMember owner = data.owner(business);
        for (TeamRole role : List.of(TeamRole.MANAGER, TeamRole.STAFF, TeamRole.FRONT_DESK)) {
            TestMember member = data.newMember(business, role);
            data.as(member, () -> {
                for (Runnable call : List.<Runnable>of(team::members,
                        () -> team.invite("Friend", TeamInvites.newAddress(), TeamRole.OWNER),
                        () -> team.resend(1), () -> team.revoke(1),
                        () -> team.changeRole(owner.memberId(), TeamRole.STAFF), () -> team.disable(owner.memberId()),
                        () -> team.enable(owner.memberId()), () -> team.remove(owner.memberId()))) {
                    assertThatThrownBy(call::run).as(role.name()).isInstanceOf(AccessDeniedException.class);
                }
            });
        }
        assertThat(invitationRows(business)).isZero();
        assertThat(directory.find(business.id(), owner.memberId()).orElseThrow().role()).isEqualTo(TeamRole.OWNER);
    }

    private java.util.Map<String, String> refusal(TestProvider business, String name, String email, TeamRole role) {
        Throwable refused = catchThrowable(() -> data.as(business, () -> team.invite(name, email, role)));
        assertThat(refused).isInstanceOf(InvalidInputException.class);
        return English.fields((InvalidInputException) refused);
    }

    private long invitationRows(TestProvider business) {
        return jdbc.sql("SELECT COUNT(*) FROM member_invitation WHERE provider_id = ?").param(business.id())
                .query(Long.class).single();
    }

    private List<String> audits(String target) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE target = ? ORDER BY id").param(target)
                .query(String.class).list();
    }

    private String businessName(TestProvider business) {
        return jdbc.sql("SELECT business_name FROM provider WHERE id = ?").param(business.id()).query(String.class)
                .single();
    }

    /** Runs both at the same moment; each one's result, or what it threw. */
    private static List<Object> atOnce(Callable<?> one, Callable<?> two) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> tries = new ArrayList<>();
        for (Callable<?> work : List.of(one, two)) {
            tries.add(pool.submit(() -> {
                start.await();
                try {
                    return work.call();
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> attempt : tries) {
            outcomes.add(attempt.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return outcomes;
    }
}

package com.clientele.security;

import com.clientele.base.cluster.Broadcasts;
import com.clientele.provider.AccountCredentialsChanged;
import com.clientele.provider.AccountDisabled;
import com.clientele.provider.OwnPasswordChanged;
import com.clientele.provider.TeamRoleChanged;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends every open session of an account when an admin or an owner disables it, an admin resets its
 * credentials or an owner gives the member another role, and every other session when users change their own password: the
 * account's live Vaadin UIs are sent to the login page over push and their HTTP sessions
 * invalidated once the redirect is out ({@link #REDIRECT_GRACE}), and any other HTTP session of the account is marked expired so its next request
 * is signed out. Keeps, per account, the UIs open in this server; the other servers end theirs when
 * they hear the broadcast ({@link Broadcasts}).
 */
@Component
class AccountSessions {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final SessionRegistry sessionRegistry;
    private final Map<Long, Set<UI>> openUis = new ConcurrentHashMap<>();

    /** The broadcast topic: an account id, then the HTTP session to keep if any. */
    static final String TOPIC = "sessions-end";

    /**
     * How long a signed-out session lives on after its pages were sent to the sign-in page: push writes
     * asynchronously, and a session invalidated at once can close the connection before the redirect
     * is out, leaving the page open. Its requests are refused meanwhile (the session registry marks it
     * expired first).
     */
    static final Duration REDIRECT_GRACE = Duration.ofSeconds(2);

    private final Broadcasts broadcasts;
    private final TaskScheduler scheduler;

    AccountSessions(SessionRegistry sessionRegistry, Broadcasts broadcasts, TaskScheduler scheduler) {
        this.sessionRegistry = sessionRegistry;
        this.broadcasts = broadcasts;
        this.scheduler = scheduler;
        broadcasts.subscribe(TOPIC, message -> {
            String[] parts = message.split(" ", 2);
            endSessions(Long.parseLong(parts[0]), parts.length > 1 ? parts[1] : null);
        });
    }

    /** Remembers a UI as the account's until the UI is closed. */
    void track(UI ui, long accountId) {
        Tracked tracked = ComponentUtil.getData(ui, Tracked.class);
        if (tracked != null && tracked.accountId() == accountId) {
            return;
        }
        if (tracked != null) {
            untrack(ui, tracked.accountId());
        }
        ComponentUtil.setData(ui, Tracked.class, new Tracked(accountId));
        openUis.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(ui);
        ui.addDetachListener(detach -> untrack(ui, accountId));
    }

    /** The UIs open for the account in this server. */
    Set<UI> openUis(long accountId) {
        return Set.copyOf(openUis.getOrDefault(accountId, Set.of()));
    }

    // Synchronous after the commit: sessions end before the admin's request returns (docs/events.md).
    @TransactionalEventListener(id = "security.sessions-end-on-disable", fallbackExecution = true)
    void on(AccountDisabled event) {
        endEverywhere(event.accountId(), null);
    }

    @TransactionalEventListener(id = "security.sessions-end-on-credentials-change", fallbackExecution = true)
    void on(AccountCredentialsChanged event) {
        endEverywhere(event.accountId(), null);
    }

    /** A member's new role: their sessions end, and they sign in again with its rights. */
    @TransactionalEventListener(id = "security.sessions-end-on-role-change", fallbackExecution = true)
    void on(TeamRoleChanged event) {
        endEverywhere(event.accountId(), null);
    }

    /** A password changed by its owner ends the account's sessions but the one that changed it. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(OwnPasswordChanged event) {
        endEverywhere(event.accountId(), currentSessionId());
    }

    /**
     * Ends the account's sessions on this server before returning, and on every other server as soon
     * as it hears the broadcast (with a sticky load balancer, each session lives on one server).
     */
    private void endEverywhere(long accountId, @Nullable String keep) {
        broadcasts.publish(TOPIC, keep == null ? Long.toString(accountId) : accountId + " " + keep);
    }

    void endSessions(long accountId) {
        endSessions(accountId, null);
    }

    /** Ends the account's sessions, except the HTTP session {@code keep} (null: all of them). */
    void endSessions(long accountId, @Nullable String keep) {
        for (Object principal : sessionRegistry.getAllPrincipals()) {
            if (principal instanceof AppUser user && user.accountId() == accountId) {
                sessionRegistry.getAllSessions(principal, false).stream()
                        .filter(info -> !info.getSessionId().equals(keep))
                        .forEach(SessionInformation::expireNow);
            }
        }
        Set<UI> uis = openUis.get(accountId);
        if (uis == null) {
            return;
        }
        Map<VaadinSession, List<UI>> bySession = new LinkedHashMap<>();
        for (UI ui : uis) {
            VaadinSession session = ui.getSession();
            if (session != null && (keep == null || session.getSession() == null
                    || !keep.equals(session.getSession().getId()))) {
                bySession.computeIfAbsent(session, s -> new ArrayList<>()).add(ui);
                untrack(ui, accountId);
            }
        }
        bySession.forEach((session, sessionUis) -> session.access(() -> signOut(session, sessionUis)));
    }

    private void signOut(VaadinSession session, List<UI> uis) {
        for (UI ui : uis) {
            ComponentUtil.setData(ui, Tracked.class, null);
            ui.getPage().setLocation("login");
            // Send the redirect now; the session (and with it the push connection) ends a moment later.
            if (ui.getInternals().getPushConnection() != null && ui.getPushConfiguration().getPushMode().isEnabled()) {
                try {
                    ui.push();
                } catch (RuntimeException e) {
                    log.debug("Could not push the sign-out to a UI", e);
                }
            }
        }
        WrappedSession http = session.getSession();
        if (http != null) {
            scheduler.schedule(() -> invalidate(http), Instant.now().plus(REDIRECT_GRACE));
        }
    }

    private static void invalidate(WrappedSession http) {
        try {
            http.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // signed out meanwhile, or timed out: nothing left to end
        }
    }

    private static String currentSessionId() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin != null && vaadin.getSession() != null) {
            return vaadin.getSession().getId();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }

    private void untrack(UI ui, long accountId) {
        openUis.computeIfPresent(accountId, (id, set) -> {
            set.remove(ui);
            return set.isEmpty() ? null : set;
        });
    }

    private record Tracked(long accountId) {
    }
}

package com.clientele.security;

import com.vaadin.browserless.mocks.MockHttpSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.WrappedSession;

/** A signed-out UI's HTTP session ends a moment after its redirect ({@link AccountSessions#REDIRECT_GRACE}). */
public final class SignedOutSessions {

    private SignedOutSessions() {
    }

    /** Whether the browserless session is invalidated within a second after the redirect's grace. */
    public static boolean invalidated(WrappedSession session) throws InterruptedException {
        MockHttpSession http = (MockHttpSession) ((WrappedHttpSession) session).getHttpSession();
        long deadline = System.nanoTime() + AccountSessions.REDIRECT_GRACE.plusSeconds(1).toNanos();
        while (http.isValid() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return !http.isValid();
    }
}

package com.clientele.security;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * The e-mail typed into a sign-in that was refused (wrong password, locked account, too many
 * attempts), kept in that browser's session so the sign-in form shows it again and only the
 * password has to be typed anew. It stays in the session, never in the address (where it would end
 * up in the history and the server's logs), and is handed out once.
 */
public final class TypedSignInName {

    static final String ATTRIBUTE = TypedSignInName.class.getName();
    /** The longest e-mail address there is; anything longer is not kept. */
    static final int MAX_LENGTH = 254;

    private TypedSignInName() {
    }

    /** Keeps the sign-in's {@code username} for the form, if the browser already has a session. */
    static void remember(HttpServletRequest request) {
        // No session is created for this: a browser that showed the form has one, a script need not get one.
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        String typed = request.getParameter("username");
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            session.removeAttribute(ATTRIBUTE);
        } else {
            session.setAttribute(ATTRIBUTE, value);
        }
    }

    /** The e-mail of the last refused sign-in in this session, removed from it; null when there is none. */
    public static @Nullable String take(@Nullable WrappedSession session) {
        if (session == null) {
            return null;
        }
        Object value = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return value instanceof String text ? text : null;
    }

    /** Spring Security's answer to a refused sign-in (back to {@code /login?error}), keeping the e-mail. */
    static final class FailureHandler extends SimpleUrlAuthenticationFailureHandler {

        FailureHandler(String failureUrl) {
            super(failureUrl);
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException, ServletException {
            remember(request);
            super.onAuthenticationFailure(request, response, exception);
        }
    }
}

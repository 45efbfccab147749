package com.clientele.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends audit entries, in the transaction of the action they record: an action that rolls back
 * leaves no entry claiming it happened.
 */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records an action of the logged-in user. */
    @Transactional
    public void record(AuditAction action, String target, String details) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        record(authentication == null ? null : authentication.getName(), action, target, details);
    }

    @Transactional
    public void record(String actor, AuditAction action, String target, String details) {
        entries.save(new AuditEntry(cut(actor, 254, "anonymous"), action, cut(target, 254, null),
                cut(details, 1000, null), remoteAddress(), clock.instant()));
    }

    private static String cut(String text, int max, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}

package com.clientele.activity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One line of a timeline: what happened, to whom, when and by whom. The activity module records
 * events by customer id; the customer's relation and current name are added by the customer
 * module, which holds them ({@link #withCustomer}), and are null when the customer is gone.
 *
 * @param summary the details in English, as stored (what the REST API shows)
 * @param message the same details as a message to read in any language; null for entries stored
 *        before summaries had keys and for a member's own words, which read as stored
 */
public record ActivityEntry(long id, @Nullable Long customerId, @Nullable Long relationId,
        @Nullable String customerName, ActivityType type, String summary, @Nullable ActivitySummary message,
        String actor, Instant occurredAt) {

    public ActivityEntry withCustomer(@Nullable Long relation, @Nullable String name) {
        return new ActivityEntry(id, customerId, relation, name, type, summary, message, actor, occurredAt);
    }

    /**
     * The details in the language of {@code texts}, dates in {@code locale} and the provider's
     * {@code zone}; the stored text where there is no message, or its key is unknown to the bundles.
     */
    public String summary(ActivitySummary.Texts texts, Locale locale, ZoneId zone) {
        if (message == null || message.key() == null) {
            return summary;
        }
        String text = message.render(texts, locale, zone);
        return text.equals(message.key()) ? summary : ActivityLog.shortened(text);
    }
}

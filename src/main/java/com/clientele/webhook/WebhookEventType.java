package com.clientele.webhook;

import com.clientele.activity.ActivityType;
import java.util.Arrays;
import java.util.Optional;

/**
 * The events an endpoint may subscribe to, by the code receivers see in {@code type}. To add one: a
 * constant here (its {@code data} is the customer or the booking), where it is published, and its
 * label {@code webhook.event.<code>} in the four {@code messages/webhook} bundles.
 */
public enum WebhookEventType {
    CUSTOMER_CREATED("customer.created", Data.CUSTOMER),
    /** Notes or favourite changed. */
    CUSTOMER_UPDATED("customer.updated", Data.CUSTOMER),
    CUSTOMER_BLOCKED("customer.blocked", Data.CUSTOMER),
    CUSTOMER_UNBLOCKED("customer.unblocked", Data.CUSTOMER),
    /** Another customer was merged into this one (SPEC 12); {@code data} is the survivor. */
    CUSTOMER_MERGED("customer.merged", Data.CUSTOMER),
    /** A merge was undone; one event for each of the two customers. */
    CUSTOMER_UNMERGED("customer.unmerged", Data.CUSTOMER),
    BOOKING_CREATED("booking.created", Data.BOOKING),
    /** Confirmed, completed, cancelled or a no-show. */
    BOOKING_STATUS_CHANGED("booking.status_changed", Data.BOOKING),
    REVIEW_CREATED("review.created", Data.BOOKING);

    /** What an event's {@code data} holds: the REST API's customer, or its booking. */
    public enum Data { CUSTOMER, BOOKING }

    private final String code;
    private final Data data;

    WebhookEventType(String code, Data data) {
        this.code = code;
        this.data = data;
    }

    public String code() {
        return code;
    }

    public Data data() {
        return data;
    }

    /** The message key of the type's label on screens. */
    public String labelKey() {
        return "webhook.event." + code;
    }

    public static Optional<WebhookEventType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }

    /** The webhook event an activity of the timeline is, if any (a message sent is none). */
    static Optional<WebhookEventType> of(ActivityType activity) {
        return Optional.ofNullable(switch (activity) {
            case BOOKING_CREATED -> BOOKING_CREATED;
            case BOOKING_CONFIRMED, BOOKING_COMPLETED, BOOKING_CANCELLED, BOOKING_NO_SHOW -> BOOKING_STATUS_CHANGED;
            case REVIEW_POSTED -> REVIEW_CREATED;
            case NOTE_CHANGED, FAVORITED, UNFAVORITED, FLAGGED, FLAG_CLEARED, EXEMPTED, EXEMPTION_ENDED ->
                    CUSTOMER_UPDATED;
            case BLOCKED -> CUSTOMER_BLOCKED;
            case UNBLOCKED -> CUSTOMER_UNBLOCKED;
            case MERGED -> CUSTOMER_MERGED;
            case UNMERGED -> CUSTOMER_UNMERGED;
            case BOOKING_STAFF_CHANGED, MESSAGE_SENT, CUSTOMER_IMPORTED, FILE_IMPORTED -> null;
        });
    }
}

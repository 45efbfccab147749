package com.clientele.activity;

/** What happened between a provider and a customer. */
public enum ActivityType {
    BOOKING_CREATED("Booking created"),
    BOOKING_CONFIRMED("Booking confirmed"),
    BOOKING_COMPLETED("Booking completed"),
    BOOKING_CANCELLED("Booking cancelled"),
    BOOKING_NO_SHOW("No-show"),
    /** Another member (or nobody in particular) serves a booking now. */
    BOOKING_STAFF_CHANGED("Staff member changed"),
    REVIEW_POSTED("Review posted"),
    NOTE_CHANGED("Notes changed"),
    FAVORITED("Marked as favourite"),
    UNFAVORITED("Removed from favourites"),
    BLOCKED("Blocked"),
    UNBLOCKED("Unblocked"),
    /** A no-show rule flagged the customer (SPEC 11). */
    FLAGGED("Flagged"),
    FLAG_CLEARED("Flag cleared"),
    /** Exempted from the no-show rules, with a reason. */
    EXEMPTED("Exempted from rules"),
    EXEMPTION_ENDED("Exemption ended"),
    MESSAGE_SENT("Message sent"),
    /** Another customer was merged into this one (SPEC 12); in the survivor's timeline. */
    MERGED("Merged"),
    /** A merge was undone; in both customers' timelines. */
    UNMERGED("Merge undone"),
    /** In a customer's timeline: what an import brought in for them. */
    CUSTOMER_IMPORTED("Imported"),
    /** In the recent activity: one file imported, with its counts. */
    FILE_IMPORTED("File imported");

    private final String label;

    ActivityType(String label) {
        this.label = label;
    }

    /** The English title, as the REST API shows it; screens read {@code activity.type.<NAME>} from the bundles. */
    public String label() {
        return label;
    }
}

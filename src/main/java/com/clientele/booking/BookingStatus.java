package com.clientele.booking;

import com.clientele.activity.ActivityType;
import java.util.EnumSet;
import java.util.Set;

/** Where a booking stands. Completed, cancelled and no-show are final. */
public enum BookingStatus {
    PENDING("Pending", ActivityType.BOOKING_CREATED),
    CONFIRMED("Confirmed", ActivityType.BOOKING_CONFIRMED),
    COMPLETED("Completed", ActivityType.BOOKING_COMPLETED),
    CANCELLED("Cancelled", ActivityType.BOOKING_CANCELLED),
    NO_SHOW("No-show", ActivityType.BOOKING_NO_SHOW);

    private final String label;
    private final ActivityType activity;

    BookingStatus(String label, ActivityType activity) {
        this.label = label;
        this.activity = activity;
    }

    public String label() {
        return label;
    }

    ActivityType activity() {
        return activity;
    }

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED || this == NO_SHOW;
    }

    /** The statuses a booking in this status may move to. */
    public Set<BookingStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(CONFIRMED, COMPLETED, CANCELLED, NO_SHOW);
            case CONFIRMED -> EnumSet.of(COMPLETED, CANCELLED, NO_SHOW);
            case COMPLETED, CANCELLED, NO_SHOW -> EnumSet.noneOf(BookingStatus.class);
        };
    }
}

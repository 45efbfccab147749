package com.clientele.booking.ui;

import com.clientele.booking.BookingStatus;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;

/** A booking's status as a coloured badge. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Badge of(BookingStatus status) {
        Badge badge = new Badge(status.label());
        badge.addThemeVariants(BadgeVariant.SMALL);
        switch (status) {
            case CONFIRMED -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            case COMPLETED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case CANCELLED -> badge.addThemeVariants(BadgeVariant.ERROR);
            case NO_SHOW -> badge.addThemeVariants(BadgeVariant.WARNING);
            case PENDING -> {
                // the plain badge
            }
        }
        return badge;
    }

    /** What the action that moves a booking to this status is called. */
    static String actionLabel(BookingStatus status) {
        return switch (status) {
            case PENDING -> "Mark pending";
            case CONFIRMED -> "Confirm";
            case COMPLETED -> "Mark completed";
            case CANCELLED -> "Cancel booking";
            case NO_SHOW -> "Mark no-show";
        };
    }

    /** The toast after the change. */
    static String doneMessage(BookingStatus status) {
        return switch (status) {
            case PENDING -> "Booking marked pending";
            case CONFIRMED -> "Booking confirmed";
            case COMPLETED -> "Booking completed";
            case CANCELLED -> "Booking cancelled";
            case NO_SHOW -> "Booking marked as no-show";
        };
    }
}

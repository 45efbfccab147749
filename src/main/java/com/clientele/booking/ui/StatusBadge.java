package com.clientele.booking.ui;

import com.clientele.booking.BookingStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;

/** A booking's status as a coloured badge, and what the screens call it and the actions towards it. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Badge of(BookingStatus status) {
        Badge badge = new Badge();
        badge.setText(label(badge, status));
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

    /** The status in the reader's language; {@link BookingStatus#label()} stays English for the API. */
    static String label(Component reader, BookingStatus status) {
        return reader.getTranslation("booking.status." + status.name());
    }

    /** What the action that moves a booking to this status is called. */
    static String actionLabel(Component reader, BookingStatus status) {
        return reader.getTranslation("booking.action." + status.name());
    }

    /** The toast after the change. */
    static String doneMessage(Component reader, BookingStatus status) {
        return reader.getTranslation("booking.done." + status.name());
    }
}

package com.clientele.workspace.ui;

import com.clientele.customer.CustomerStatus;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;

/** A customer's status as a coloured badge, in the reader's language. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Badge of(CustomerStatus status) {
        Badge badge = new Badge();
        badge.setText(badge.getTranslation(key(status)));
        badge.addClassName("status-" + status.code());
        badge.getElement().setAttribute("theme", theme(status));
        return badge;
    }

    /** The message key of a status's label, e.g. {@code workspace.status.REGULAR}. */
    static String key(CustomerStatus status) {
        return "workspace.status." + status.name();
    }

    /** The badge's theme attribute; also for grid cells that render the badge in the browser. */
    static String theme(CustomerStatus status) {
        BadgeVariant colour = switch (status) {
            case BLOCKED -> BadgeVariant.ERROR;
            case FAVORITE -> BadgeVariant.WARNING;
            case REGULAR -> BadgeVariant.SUCCESS;
            case RETURNING -> BadgeVariant.CONTRAST;
            case NEW -> null;
        };
        return (colour == null ? "" : colour.getVariantName() + " ") + BadgeVariant.SMALL.getVariantName();
    }
}

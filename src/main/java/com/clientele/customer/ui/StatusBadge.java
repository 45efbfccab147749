package com.clientele.customer.ui;

import com.clientele.customer.CustomerStatus;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;

/** A customer's status as a coloured badge. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Badge of(CustomerStatus status) {
        Badge badge = new Badge(status.label());
        badge.addClassName("status-" + status.code());
        switch (status) {
            case BLOCKED -> badge.addThemeVariants(BadgeVariant.ERROR);
            case FAVORITE -> badge.addThemeVariants(BadgeVariant.WARNING);
            case REGULAR -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case RETURNING -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            case NEW -> { }
        }
        badge.addThemeVariants(BadgeVariant.SMALL);
        return badge;
    }
}

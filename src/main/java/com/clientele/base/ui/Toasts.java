package com.clientele.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and error messages at the bottom of the screen. */
public final class Toasts {

    private Toasts() {
    }

    public static Notification success(String message) {
        return show(message, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static Notification error(String message) {
        return show(message, NotificationVariant.LUMO_ERROR, 6000);
    }

    private static Notification show(String message, NotificationVariant variant, int millis) {
        Notification notification = Notification.show(message, millis, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(variant);
        return notification;
    }
}

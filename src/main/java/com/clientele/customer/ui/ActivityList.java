package com.clientele.customer.ui;

import com.clientele.activity.ActivityEntry;
import com.clientele.activity.ActivityType;
import com.clientele.base.Formats;
import com.clientele.base.ui.RelativeTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/** A timeline of activity events, newest first; customer names can open the customer. */
class ActivityList extends Div {

    private final UnorderedList items = new UnorderedList();
    private final Span empty;

    ActivityList(String emptyText) {
        addClassName("activity-list");
        empty = new Span(emptyText);
        empty.addClassName("empty-state");
        add(items, empty);
    }

    /** @param openCustomer null to show no customer names (the timeline of one customer) */
    void show(List<ActivityEntry> entries, Instant now, ZoneId zone, Consumer<ActivityEntry> openCustomer) {
        items.removeAll();
        empty.setVisible(entries.isEmpty());
        for (ActivityEntry entry : entries) {
            items.add(item(entry, now, zone, openCustomer));
        }
    }

    private static ListItem item(ActivityEntry entry, Instant now, ZoneId zone, Consumer<ActivityEntry> openCustomer) {
        var icon = icon(entry.type()).create();
        icon.addClassName("activity-icon");
        icon.addClassName("activity-" + entry.type().name().toLowerCase(Formats.LOCALE).replace('_', '-'));
        Div head = new Div();
        head.addClassName("activity-head");
        if (openCustomer != null && entry.relationId() != null) {
            Button name = new Button(entry.customerName(), click -> openCustomer.accept(entry));
            name.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            name.addClassName("activity-customer");
            head.add(name);
        }
        head.add(new Span(entry.type().label()));
        Span summary = new Span(entry.summary());
        summary.addClassName("activity-summary");
        Span when = new Span(RelativeTime.of(entry.occurredAt(), now));
        when.addClassName("activity-time");
        when.setTitle(Formats.dateTime(entry.occurredAt(), zone) + " · by " + entry.actor());
        Div text = new Div(head, summary);
        text.addClassName("activity-text");
        ListItem item = new ListItem(icon, text, when);
        item.addClassName("activity-item");
        return item;
    }

    private static VaadinIcon icon(ActivityType type) {
        return switch (type) {
            case BOOKING_CREATED, BOOKING_CONFIRMED -> VaadinIcon.CALENDAR;
            case BOOKING_COMPLETED -> VaadinIcon.CHECK_CIRCLE;
            case BOOKING_CANCELLED -> VaadinIcon.CLOSE_CIRCLE;
            case BOOKING_NO_SHOW -> VaadinIcon.EXCLAMATION_CIRCLE;
            case REVIEW_POSTED -> VaadinIcon.STAR;
            case NOTE_CHANGED -> VaadinIcon.NOTEBOOK;
            case FAVORITED, UNFAVORITED -> VaadinIcon.HEART;
            case BLOCKED, UNBLOCKED -> VaadinIcon.BAN;
            case MESSAGE_SENT -> VaadinIcon.ENVELOPE;
            case CUSTOMER_IMPORTED -> VaadinIcon.UPLOAD;
        };
    }

    static Component heading(String text) {
        Span heading = new Span(text);
        heading.addClassName("section-title");
        return heading;
    }
}

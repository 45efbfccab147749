package com.clientele.workspace.ui;

import com.clientele.activity.ActivityEntry;
import com.clientele.activity.ActivityType;
import com.clientele.base.Formats;
import com.clientele.base.ui.RelativeTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A timeline of activity events, newest first; customer names can open the customer.
 *
 * <p>The entries are a Lit template rendered in the browser for the rows in view, not components:
 * as components each entry kept about a dozen nodes in the session (the workspace's twenty took
 * half of its memory, a details dialog's two hundred far more). Text is bound with ${...}, which
 * the browser inserts as text, never as HTML.
 */
class ActivityList extends Div {

    private static final String ENTRY = """
            <div class="activity-item">
              <vaadin-icon icon="${item.icon}" class="activity-icon ${item.kind}"></vaadin-icon>
              <div class="activity-text">
                <div class="activity-head">
                  <vaadin-button theme="tertiary-inline" class="activity-customer" ?hidden="${!item.openable}"
                      @click="${open}">${item.customer}</vaadin-button>
                  <span>${item.label}</span>
                </div>
                <span class="activity-summary">${item.summary}</span>
              </div>
              <span class="activity-time" title="${item.title}">${item.when}</span>
            </div>""";

    private final VirtualList<ActivityEntry> items = new VirtualList<>();
    private final Span empty;
    private List<ActivityEntry> entries = List.of();
    private Instant now = Instant.EPOCH;
    private ZoneId zone = ZoneId.systemDefault();
    private Consumer<ActivityEntry> openCustomer;

    ActivityList(String emptyText) {
        addClassName("activity-list");
        items.addClassName("activity-entries");
        items.setRenderer(LitRenderer.<ActivityEntry>of(ENTRY)
                .withProperty("icon", entry -> "vaadin:" + icon(entry.type()).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .withProperty("kind", entry -> "activity-" + entry.type().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .withProperty("openable", entry -> openCustomer != null && entry.relationId() != null)
                .withProperty("customer", ActivityEntry::customerName)
                .withProperty("label", entry -> entry.type().label())
                .withProperty("summary", ActivityEntry::summary)
                .withProperty("when", entry -> RelativeTime.of(entry.occurredAt(), now))
                .withProperty("title", entry -> Formats.dateTime(entry.occurredAt(), zone) + " · by " + entry.actor())
                .withFunction("open", entry -> {
                    if (openCustomer != null && entry.relationId() != null) {
                        openCustomer.accept(entry);
                    }
                }));
        empty = new Span(emptyText);
        empty.addClassName("empty-state");
        add(items, empty);
    }

    /** @param openCustomer null to show no customer names (the timeline of one customer) */
    void show(List<ActivityEntry> entries, Instant now, ZoneId zone, Consumer<ActivityEntry> openCustomer) {
        this.entries = List.copyOf(entries);
        this.now = now;
        this.zone = zone;
        this.openCustomer = openCustomer;
        // Without customer names to Tab to, the list itself takes the focus so the keyboard can scroll it.
        if (openCustomer == null) {
            items.getElement().setAttribute("tabindex", "0");
        } else {
            items.getElement().removeAttribute("tabindex");
        }
        items.setItems(this.entries);
        items.setVisible(!entries.isEmpty());
        empty.setVisible(entries.isEmpty());
    }

    /** The summaries shown, newest first. */
    List<String> summaries() {
        return entries.stream().map(ActivityEntry::summary).toList();
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

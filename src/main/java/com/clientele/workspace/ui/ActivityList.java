package com.clientele.workspace.ui;

import com.clientele.activity.ActivityEntry;
import com.clientele.activity.ActivityType;
import com.clientele.base.Formats;
import com.clientele.base.Language;
import com.clientele.base.ui.RelativeTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A timeline of activity events, newest first; customer names can open the customer. Each entry
 * reads once: who (the customer's name, a link), what happened (the type's title), the details
 * (the summary, which repeats neither), the member who did it and when, the text wrapping rather
 * than being cut.
 *
 * <p>The entries are a Lit template rendered in the browser, not components: as components each
 * entry kept about a dozen nodes in the session (the workspace's twenty took half of its memory, a
 * details dialog's two hundred far more). Text is bound with ${...}, which the browser inserts as
 * text, never as HTML.
 *
 * <p>In a {@linkplain #ActivityList(String, int) short list} (the workspace's panel) the list is as
 * tall as its entries, never a box that cuts one off: it shows the newest few, and a button shows
 * the rest in place. Otherwise (a dialog's tab) the list fills its container and scrolls.
 */
class ActivityList extends Div {

    private static final String ENTRY = """
            <div class="activity-item">
              <vaadin-icon icon="${item.icon}" class="activity-icon ${item.kind}"></vaadin-icon>
              <div class="activity-text">
                <div class="activity-head">
                  <vaadin-button theme="tertiary-inline" class="activity-customer" ?hidden="${!item.openable}"
                      @click="${open}">${item.customer}</vaadin-button>
                  <span class="activity-title">${item.label}</span>
                </div>
                <span class="activity-summary" ?hidden="${!item.summary}">${item.summary}</span>
                <span class="activity-actor">${item.by}</span>
              </div>
              <span class="activity-time" title="${item.title}">${item.when}</span>
            </div>""";

    private final VirtualList<ActivityEntry> items = new VirtualList<>();
    private final Span empty;
    private final int shortLength;
    private final Button more = new Button();
    private List<ActivityEntry> entries = List.of();
    private boolean expanded;
    private Instant now = Instant.EPOCH;
    private ZoneId zone = ZoneId.systemDefault();
    private Consumer<ActivityEntry> openCustomer;

    /** A list that fills its container and scrolls (a dialog's timeline). */
    ActivityList(String emptyText) {
        this(emptyText, 0);
    }

    /**
     * @param shortLength how many of the newest entries show until the user asks for all; 0 for a
     *        list that fills its container and scrolls
     */
    ActivityList(String emptyText, int shortLength) {
        this.shortLength = shortLength;
        addClassName("activity-list");
        if (shortLength > 0) {
            addClassName("activity-list-short");
        }
        items.addClassName("activity-entries");
        items.setRenderer(LitRenderer.<ActivityEntry>of(ENTRY)
                .withProperty("icon", entry -> "vaadin:" + icon(entry.type()).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .withProperty("kind", entry -> "activity-" + entry.type().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .withProperty("openable", entry -> openCustomer != null && entry.relationId() != null)
                .withProperty("customer", ActivityEntry::customerName)
                .withProperty("label", this::label)
                .withProperty("summary", this::summary)
                .withProperty("by", this::by)
                .withProperty("when", this::when)
                .withProperty("title", entry -> getTranslation("activity.when-by",
                        Formats.dateTime(entry.occurredAt(), zone, locale()), entry.actor()))
                .withFunction("open", entry -> {
                    if (openCustomer != null && entry.relationId() != null) {
                        openCustomer.accept(entry);
                    }
                }));
        empty = new Span(emptyText);
        empty.addClassName("empty-state");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.addClassName("activity-more");
        more.addClickListener(click -> {
            expanded = !expanded;
            showItems();
        });
        add(items, empty, more);
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
        showItems();
        items.setVisible(!entries.isEmpty());
        empty.setVisible(entries.isEmpty());
    }

    private void showItems() {
        boolean cut = shortLength > 0 && entries.size() > shortLength;
        items.setItems(cut && !expanded ? entries.subList(0, shortLength) : entries);
        more.setVisible(cut);
        more.setText(expanded ? getTranslation("list.show-fewer") : getTranslation("list.show-all", entries.size()));
    }

    /** The summaries shown, newest first. */
    List<String> summaries() {
        return shown().stream().map(this::summary).toList();
    }

    /** Who did each entry shown, as its line under the summary says it: "by Mia Stylist". */
    List<String> actors() {
        return shown().stream().map(this::by).toList();
    }

    /**
     * Each entry shown as it reads, without who did it (see {@link #actors()}): "Ann Lee · Booking
     * created · Cut on 7 May 2026, 10:00 · 5 min ago".
     */
    List<String> readings() {
        return shown().stream().map(entry -> Stream.of(openCustomer == null ? null : entry.customerName(),
                        label(entry), summary(entry), when(entry))
                .filter(part -> part != null && !part.isEmpty()).collect(Collectors.joining(" · "))).toList();
    }

    private String label(ActivityEntry entry) {
        return getTranslation("activity.type." + entry.type().name());
    }

    /** In the reader's language and locale, dates in the provider's time zone. */
    private String summary(ActivityEntry entry) {
        return entry.summary(this::getTranslation, locale(), zone);
    }

    /** The formats of the language the texts are in: a browser's en-US reads the product's English. */
    private Locale locale() {
        return Language.of(getLocale()).locale();
    }

    /** The member who did it, by name (SPEC §10); the application's own work says "system". */
    private String by(ActivityEntry entry) {
        return getTranslation("activity.by", entry.actor());
    }

    private String when(ActivityEntry entry) {
        return RelativeTime.of(entry.occurredAt(), now, this::getTranslation);
    }

    private List<ActivityEntry> shown() {
        return shortLength > 0 && !expanded && entries.size() > shortLength ? entries.subList(0, shortLength) : entries;
    }

    private static VaadinIcon icon(ActivityType type) {
        return switch (type) {
            case BOOKING_CREATED, BOOKING_CONFIRMED -> VaadinIcon.CALENDAR;
            case BOOKING_COMPLETED -> VaadinIcon.CHECK_CIRCLE;
            case BOOKING_CANCELLED -> VaadinIcon.CLOSE_CIRCLE;
            case BOOKING_NO_SHOW -> VaadinIcon.EXCLAMATION_CIRCLE;
            case BOOKING_STAFF_CHANGED -> VaadinIcon.USER;
            case REVIEW_POSTED -> VaadinIcon.STAR;
            case NOTE_CHANGED -> VaadinIcon.NOTEBOOK;
            case FAVORITED, UNFAVORITED -> VaadinIcon.HEART;
            case BLOCKED, UNBLOCKED -> VaadinIcon.BAN;
            case FLAGGED, FLAG_CLEARED -> VaadinIcon.FLAG;
            case EXEMPTED, EXEMPTION_ENDED -> VaadinIcon.SHIELD;
            case MESSAGE_SENT -> VaadinIcon.ENVELOPE;
            case MERGED, UNMERGED -> VaadinIcon.CONNECT;
            case CUSTOMER_IMPORTED, FILE_IMPORTED -> VaadinIcon.UPLOAD;
        };
    }

    static Component heading(String text) {
        Span heading = new Span(text);
        heading.addClassName("section-title");
        return heading;
    }
}

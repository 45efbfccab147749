package com.clientele.workspace.ui;

import com.clientele.base.Formats;
import com.clientele.booking.BookingHistoryEntry;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.CustomerPermissions;
import com.clientele.customer.CustomerRow;
import com.clientele.messaging.MessageSummary;
import com.clientele.provider.ProviderProfile;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Everything about one customer: contact data, status, every SPEC figure, the booking history
 * (lazy, newest first), reviews, messages and the relationship timeline.
 */
class CustomerDetailsDialog extends Dialog {

    private final CustomerDataSource source;
    private final ProviderProfile profile;
    private final Clock clock;
    private final CustomerGrid.RowActions actions;
    private final CustomerPermissions permissions;
    private final Locale locale = ReaderFormats.locale(getLocale());
    private final Div overview = new Div();
    private final Grid<BookingHistoryEntry> bookings = new Grid<>();
    private final Div reviews = new Div();
    private final Div messages = new Div();
    private final ActivityList timeline = new ActivityList(getTranslation("workspace.details.timeline.empty"));
    private final Div headerBadge = new Div();
    private final Div footerActions = new Div();
    private CustomerDetails details;

    CustomerDetailsDialog(long relationId, CustomerDataSource source, ProviderProfile profile, Clock clock,
            CustomerGrid.RowActions actions, CustomerPermissions permissions) {
        this.source = source;
        this.permissions = permissions;
        this.profile = profile;
        this.clock = clock;
        this.actions = actions;
        addClassName("customer-details");
        setWidth("min(960px, 100vw)");
        setHeight("min(820px, 100vh)");
        Button close = new Button(VaadinIcon.CLOSE.create(), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(getTranslation("workspace.action.close"));
        getHeader().add(headerBadge, close);
        configureBookings();
        SectionSwitcher tabs = new SectionSwitcher(getTranslation("workspace.details.sections"));
        tabs.setSizeFull();
        tabs.add(getTranslation("workspace.details.overview"), overview);
        tabs.add(getTranslation("workspace.details.bookings"), bookings);
        tabs.add(getTranslation("workspace.details.reviews"), reviews);
        tabs.add(getTranslation("workspace.details.messages"), messages);
        timeline.setHeightFull();
        tabs.add(getTranslation("workspace.details.timeline"), timeline);
        add(tabs);
        footerActions.addClassName("dialog-actions");
        getFooter().add(footerActions);
        load(relationId);
    }

    long relationId() {
        return details.relationId();
    }

    /** Reloads everything, e.g. after a change made here or elsewhere. */
    void refresh() {
        load(details.relationId());
    }

    private void load(long relationId) {
        details = source.details(relationId);
        setHeaderTitle(details.name());
        headerBadge.removeAll();
        headerBadge.add(StatusBadge.of(details.status()));
        if (details.rules().flagged()) {
            headerBadge.add(ruleBadge("workspace.badge.flagged", BadgeVariant.WARNING, details.rules().flaggedReason()));
        }
        if (details.rules().exempt()) {
            headerBadge.add(ruleBadge("workspace.badge.exempt", BadgeVariant.CONTRAST, details.rules().exemption()));
        }
        overview.removeAll();
        overview.add(new CustomerOverview(details, profile, permissions.notes()));
        if (permissions.block()) {
            overview.add(ruleActions());
        }
        bookings.getDataProvider().refreshAll();
        showReviews(source.reviews(details.customerId()));
        showMessages(source.messages(details.customerId()));
        timeline.show(source.timeline(details.customerId()), clock.instant(), profile.timeZone(), null);
        showActions();
    }

    private Badge ruleBadge(String key, BadgeVariant variant, String reason) {
        Badge badge = new Badge(getTranslation(key));
        badge.addThemeVariants(variant, BadgeVariant.SMALL);
        badge.addClassName("rule-badge");
        badge.getElement().setAttribute("title", reason);
        return badge;
    }

    /** The no-show rules' part of the customer (owners and managers): exempt, end the exemption, clear a flag. */
    private Div ruleActions() {
        CustomerRow row = row(details);
        Div bar = new Div();
        bar.addClassName("rule-actions");
        if (details.rules().flagged()) {
            Button clear = new Button(getTranslation("workspace.action.clear-flag"), VaadinIcon.FLAG_O.create(),
                    click -> actions.clearFlag(row));
            clear.addThemeVariants(ButtonVariant.LUMO_SMALL);
            bar.add(clear);
        }
        Button exemption = details.rules().exempt()
                ? new Button(getTranslation("workspace.action.end-exemption"), VaadinIcon.SHIELD.create(),
                        click -> actions.endExemption(row))
                : new Button(getTranslation("workspace.action.exempt"), VaadinIcon.SHIELD.create(),
                        click -> actions.exemptFromRules(row));
        exemption.addThemeVariants(ButtonVariant.LUMO_SMALL);
        bar.add(exemption);
        return bar;
    }

    private void configureBookings() {
        bookings.addClassName("history-grid");
        bookings.addColumn(b -> Formats.dateTime(b.startsAt(), profile.timeZone(), locale))
                .setHeader(getTranslation("workspace.details.booking.when")).setAutoWidth(true);
        bookings.addColumn(BookingHistoryEntry::serviceName)
                .setHeader(getTranslation("workspace.details.booking.service")).setFlexGrow(2);
        bookings.addColumn(b -> getTranslation("booking.status." + b.status().name()))
                .setHeader(getTranslation("workspace.details.booking.status")).setAutoWidth(true);
        bookings.addColumn(b -> Formats.money(b.price(), profile.currency(), locale))
                .setHeader(getTranslation("workspace.details.booking.price"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        bookings.addColumn(b -> b.rating() == null ? "" : "★".repeat(b.rating()))
                .setHeader(getTranslation("workspace.details.booking.review")).setAutoWidth(true);
        // who serves it (SPEC §10); empty for nobody in particular
        bookings.addColumn(b -> b.staffMember() == null ? "" : b.staffMember().name()).setKey("staff")
                .setHeader(getTranslation("workspace.details.booking.staff")).setFlexGrow(1)
                .setTooltipGenerator(b -> b.staffMember() == null ? "" : b.staffMember().name());
        bookings.setEmptyStateText(getTranslation("workspace.details.bookings.empty"));
        bookings.setItems(query -> source.bookings(details.customerId(), query.getOffset(), query.getLimit()).stream(),
                query -> source.countBookings(details.customerId()));
    }

    private void showReviews(List<BookingHistoryEntry> entries) {
        reviews.removeAll();
        if (entries.isEmpty()) {
            reviews.add(empty(getTranslation("workspace.details.reviews.empty")));
        }
        for (BookingHistoryEntry entry : entries) {
            Span stars = new Span("★".repeat(entry.rating()) + "☆".repeat(5 - entry.rating()));
            stars.addClassName("review-stars");
            stars.getElement().setAttribute("aria-label",
                    getTranslation("workspace.details.review.stars", entry.rating()));
            Span what = new Span(entry.serviceName() + " · "
                    + Formats.date(entry.startsAt(), profile.timeZone(), locale));
            what.addClassName("muted");
            Div review = new Div(stars, what, new Div(new Span(entry.reviewComment() == null ? "" : entry.reviewComment())));
            review.addClassName("review");
            reviews.add(review);
        }
    }

    private void showMessages(List<MessageSummary> entries) {
        messages.removeAll();
        if (permissions.favouriteAndMessage()) {
            Button write = new Button(getTranslation("workspace.action.message"), VaadinIcon.ENVELOPE.create(),
                    click -> actions.sendMessage(row(details)));
            write.addThemeVariants(ButtonVariant.LUMO_SMALL);
            messages.add(write);
        }
        if (entries.isEmpty()) {
            messages.add(empty(getTranslation("workspace.details.messages.empty")));
        }
        for (MessageSummary message : entries) {
            Span subject = new Span(message.subject());
            subject.addClassName("message-subject");
            Span meta = new Span(Formats.dateTime(message.createdAt(), profile.timeZone(), locale) + " · "
                    + getTranslation("workspace.message-status." + message.status().name())
                    + (message.failureReason() == null ? "" : " (" + message.failureReason() + ")"));
            meta.addClassName("muted");
            Div body = new Div(new Span(message.body()));
            body.addClassName("message-body");
            Div item = new Div(subject, meta, body);
            item.addClassName("message");
            messages.add(item);
        }
    }

    private void showActions() {
        footerActions.removeAll();
        CustomerRow row = row(details);
        Button favorite = new Button(
                getTranslation(details.favorite() ? "workspace.action.unfavorite" : "workspace.action.favorite"),
                details.favorite() ? VaadinIcon.STAR.create() : VaadinIcon.STAR_O.create(),
                click -> actions.toggleFavorite(row));
        Button notes = new Button(getTranslation("workspace.action.notes"), VaadinIcon.NOTEBOOK.create(),
                click -> actions.editNotes(row));
        Button block = details.blocked()
                ? new Button(getTranslation("workspace.action.unblock"), VaadinIcon.UNLOCK.create(),
                        click -> actions.unblock(row))
                : new Button(getTranslation("workspace.action.block"), VaadinIcon.BAN.create(),
                        click -> actions.block(row));
        if (!details.blocked()) {
            block.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button close = new Button(getTranslation("workspace.action.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        favorite.setVisible(permissions.favouriteAndMessage());
        notes.setVisible(permissions.notes());
        block.setVisible(permissions.block());
        footerActions.add(favorite, notes, block, close);
    }

    static CustomerRow row(CustomerDetails d) {
        return new CustomerRow(d.relationId(), d.customerId(), d.name(), d.email(), d.phone(), d.status(), d.favorite(),
                d.blocked(), d.blockedReason(), d.totalBookings(), d.totalSpent(), d.averageRating(),
                d.lastBookingAt(), d.nextBookingAt(), d.reliability(), d.rules().flaggedReason());
    }

    private static Component empty(String text) {
        Span span = new Span(text);
        span.addClassName("empty-state");
        return span;
    }
}

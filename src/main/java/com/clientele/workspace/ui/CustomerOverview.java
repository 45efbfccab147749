package com.clientele.workspace.ui;

import com.clientele.base.Formats;
import com.clientele.base.Phones;
import com.clientele.base.ui.ErrorMessages;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.Reliability;
import com.clientele.provider.ProviderProfile;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/** Contact data, standing and every SPEC figure of one customer, as label/value pairs. */
class CustomerOverview extends Div {

    /** @param notes whether the member may read the private notes (front desk may not: no section) */
    CustomerOverview(CustomerDetails d, ProviderProfile profile, boolean notes) {
        addClassName("customer-overview");
        var zone = profile.timeZone();
        var locale = ReaderFormats.locale(getLocale());
        Div contact = section("contact",
                pair("email", email(d.email())),
                pair("phone", Phones.display(d.phone())),
                pair("added", Formats.date(d.createdAt(), zone, locale)),
                pair("status", getTranslation(StatusBadge.key(d.status()))));
        if (d.blocked()) {
            contact.add(pair("blocked", getTranslation("workspace.overview.blocked-since",
                    Formats.date(d.blockedAt(), zone, locale), d.blockedReason())));
            if (d.blockedUntil() != null) {
                contact.add(pair("blocked-until", Formats.dateTime(d.blockedUntil(), zone, locale)));
            }
        }
        if (d.rules().flagged()) {
            contact.add(pair("flagged", getTranslation("workspace.overview.blocked-since",
                    Formats.date(d.rules().flaggedAt(), zone, locale), d.rules().flaggedReason())));
        }
        if (d.rules().exempt()) {
            contact.add(pair("exempt", d.rules().exemption()));
        }
        Div figures = section("figures",
                pair("bookings", Formats.count(d.totalBookings(), locale)),
                pair("completed", Formats.count(d.completedBookings(), locale)),
                pair("cancelled", Formats.count(d.cancelledCount(), locale)),
                pair("no-shows", Formats.count(d.noShowCount(), locale)),
                reliability(d.reliability()),
                pair("total-spent", Formats.money(d.totalSpent(), profile.currency(), locale)),
                pair("average-rating", d.averageRating() == null ? getTranslation("workspace.overview.no-reviews")
                        : ReaderFormats.oneDecimal(d.averageRating(), locale) + " ★ ("
                                + Formats.count(d.ratingCount(), locale) + ")"),
                pair("first-booking", Formats.dateTime(d.firstBookingAt(), zone, locale)),
                pair("last-visit", Formats.dateTime(d.lastBookingAt(), zone, locale)),
                pair("next-booking", Formats.dateTime(d.nextBookingAt(), zone, locale)));
        add(contact, figures);
        if (notes) {
            Span notesText = new Span(d.notes() == null ? getTranslation("workspace.overview.no-notes") : d.notes());
            notesText.addClassName("notes-preview");
            Div section = section("notes");
            section.add(notesText);
            add(section);
        }
    }

    /** A titled group of pairs; its title is {@code workspace.overview.<key>}. */
    private Div section(String key, Div... pairs) {
        Span heading = new Span(getTranslation("workspace.overview." + key));
        heading.addClassName("section-title");
        Div section = new Div(heading);
        section.addClassName("overview-section");
        section.add(pairs);
        return section;
    }

    /**
     * An e-mail address that may wrap only after its @ and dots (a {@code <wbr>} there), so a long
     * address breaks at sensible points instead of mid-word.
     */
    static Span email(String address) {
        Span text = new Span();
        text.addClassNames("pair-value", "email-text");
        if (address == null || address.isEmpty()) {
            text.setText("–");
            return text;
        }
        StringBuilder part = new StringBuilder();
        for (char c : address.toCharArray()) {
            part.append(c);
            if (c == '@' || c == '.') {
                text.getElement().appendChild(Element.createText(part.toString()), new Element("wbr"));
                part.setLength(0);
            }
        }
        text.getElement().appendChild(Element.createText(part.toString()));
        return text;
    }

    /** The reliability with its reason; a low one stands out. */
    private Div reliability(Reliability reliability) {
        Span value = new Span(ErrorMessages.text(reliability.explained()));
        value.addClassName("pair-value");
        if (reliability.low()) {
            value.addClassName("reliability-low");
        }
        return pair("reliability", value);
    }

    private Div pair(String key, Span value) {
        Span name = new Span(getTranslation("workspace.overview." + key));
        name.addClassName("pair-label");
        Div pair = new Div(name, value);
        pair.addClassName("pair");
        return pair;
    }

    private Div pair(String key, String value) {
        Span name = new Span(getTranslation("workspace.overview." + key));
        name.addClassName("pair-label");
        Span text = new Span(value == null || value.isEmpty() ? "–" : value);
        text.addClassName("pair-value");
        Div pair = new Div(name, text);
        pair.addClassName("pair");
        return pair;
    }
}

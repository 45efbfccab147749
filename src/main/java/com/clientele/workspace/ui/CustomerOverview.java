package com.clientele.workspace.ui;

import com.clientele.base.Formats;
import com.clientele.base.Phones;
import com.clientele.customer.CustomerDetails;
import com.clientele.provider.ProviderProfile;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.math.RoundingMode;

/** Contact data, standing and every SPEC figure of one customer, as label/value pairs. */
class CustomerOverview extends Div {

    CustomerOverview(CustomerDetails d, ProviderProfile profile) {
        addClassName("customer-overview");
        var zone = profile.timeZone();
        Div contact = section("Contact",
                pair("E-mail", email(d.email())),
                pair("Phone", Phones.display(d.phone())),
                pair("Added", Formats.date(d.createdAt(), zone)),
                pair("Status", d.status().label()));
        if (d.blocked()) {
            contact.add(pair("Blocked", Formats.date(d.blockedAt(), zone) + ": " + d.blockedReason()));
        }
        Div figures = section("Figures",
                pair("Bookings", String.valueOf(d.totalBookings())),
                pair("Completed", String.valueOf(d.completedBookings())),
                pair("Cancelled", String.valueOf(d.cancelledCount())),
                pair("No-shows", String.valueOf(d.noShowCount())),
                pair("Total spent", Formats.money(d.totalSpent(), profile.currency())),
                pair("Average rating", d.averageRating() == null ? "No reviews"
                        : d.averageRating().setScale(1, RoundingMode.HALF_UP) + " ★ (" + d.ratingCount() + ")"),
                pair("First booking", Formats.dateTime(d.firstBookingAt(), zone)),
                pair("Last visit", Formats.dateTime(d.lastBookingAt(), zone)),
                pair("Next booking", Formats.dateTime(d.nextBookingAt(), zone)));
        Span notesText = new Span(d.notes() == null ? "No notes." : d.notes());
        notesText.addClassName("notes-preview");
        Div notes = section("Private notes");
        notes.add(notesText);
        add(contact, figures, notes);
    }

    private static Div section(String title, Div... pairs) {
        Span heading = new Span(title);
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

    private static Div pair(String label, Span value) {
        Span name = new Span(label);
        name.addClassName("pair-label");
        Div pair = new Div(name, value);
        pair.addClassName("pair");
        return pair;
    }

    private static Div pair(String label, String value) {
        Span name = new Span(label);
        name.addClassName("pair-label");
        Span text = new Span(value == null || value.isEmpty() ? "–" : value);
        text.addClassName("pair-value");
        Div pair = new Div(name, text);
        pair.addClassName("pair");
        return pair;
    }
}

package com.clientele.booking.ui;

import com.clientele.base.Formats;
import com.clientele.booking.BookingFilter;
import com.clientele.booking.BookingStatus;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** Status, date range (days in the provider's time zone) and customer search for the bookings list. */
class BookingFilterBar extends Div {

    private final Select<BookingStatus> status = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final TextField customer = new TextField("Customer");
    private final transient Consumer<BookingFilter> onChange;

    BookingFilterBar(Consumer<BookingFilter> onChange) {
        this.onChange = onChange;
        addClassName("filter-bar");
        status.setLabel("Status");
        status.setItems(BookingStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All statuses");
        status.setItemLabelGenerator(value -> value == null ? "All statuses" : value.label());
        for (DatePicker date : new DatePicker[] {from, to}) {
            date.setLocale(Formats.LOCALE);
            date.setClearButtonVisible(true);
            date.setPlaceholder("Any day");
        }
        from.addValueChangeListener(event -> to.setMin(event.getValue()));
        to.addValueChangeListener(event -> from.setMax(event.getValue()));
        customer.setPlaceholder("Name, e-mail or phone");
        customer.setPrefixComponent(VaadinIcon.SEARCH.create());
        customer.setClearButtonVisible(true);
        customer.setValueChangeMode(ValueChangeMode.LAZY);
        customer.setValueChangeTimeout(300);
        customer.setMaxLength(100);
        customer.addClassName("filter-search");
        status.addValueChangeListener(event -> changed());
        from.addValueChangeListener(event -> changed());
        to.addValueChangeListener(event -> changed());
        customer.addValueChangeListener(event -> changed());
        add(customer, status, from, to);
    }

    BookingFilter filter() {
        return new BookingFilter(status.getValue(), from.getValue(), to.getValue(), customer.getValue());
    }

    private void changed() {
        onChange.accept(filter());
    }
}

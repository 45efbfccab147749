package com.clientele.booking.ui;

import com.clientele.base.ui.DatePickers;
import com.clientele.base.ui.UrlState;
import com.clientele.booking.BookingFilter;
import com.clientele.booking.BookingStatus;
import com.clientele.provider.TeamMember;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Status, date range (days in the provider's time zone), customer search and the member of the team
 * who serves them for the bookings list. The member choice is left out for a staff member, who sees
 * their own customers' bookings only.
 */
class BookingFilterBar extends Div {

    private final Select<BookingStatus> status = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField customer = new TextField();
    private final StaffSelect staff;
    private final transient Consumer<BookingFilter> onChange;

    /** @param team the members to filter by; empty for none (no choice is shown) */
    BookingFilterBar(List<TeamMember> team, Consumer<BookingFilter> onChange) {
        this.onChange = onChange;
        staff = new StaffSelect(getTranslation("booking.filter.staff"), getTranslation("booking.filter.all-staff"),
                team);
        staff.setVisible(!team.isEmpty());
        addClassName("filter-bar");
        String allStatuses = getTranslation("booking.filter.all-statuses");
        status.setLabel(getTranslation("booking.filter.status"));
        status.setItems(BookingStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(allStatuses);
        status.setItemLabelGenerator(value -> value == null ? allStatuses : StatusBadge.label(this, value));
        from.setLabel(getTranslation("booking.filter.from"));
        to.setLabel(getTranslation("booking.filter.to"));
        for (DatePicker date : new DatePicker[] {from, to}) {
            DatePickers.localise(date);
            date.setClearButtonVisible(true);
            date.setPlaceholder(getTranslation("booking.filter.any-day"));
        }
        from.addValueChangeListener(event -> to.setMin(event.getValue()));
        to.addValueChangeListener(event -> from.setMax(event.getValue()));
        customer.setLabel(getTranslation("booking.filter.customer"));
        customer.setPlaceholder(getTranslation("booking.filter.customer.placeholder"));
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
        staff.addValueChangeListener(event -> changed());
        add(customer, status, from, to, staff);
    }

    /** Shows a filter (from the address); a search already typed with the same meaning stays as typed. */
    void show(BookingFilter filter) {
        status.setValue(filter.status());
        from.setValue(filter.from());
        to.setValue(filter.to());
        staff.select(filter.staffMemberId());
        String typed = customer.getValue() == null ? "" : customer.getValue().strip();
        String wanted = filter.customer() == null ? "" : filter.customer().strip();
        if (!typed.equals(wanted)) {
            customer.setValue(wanted);
        }
    }

    /** The filter as query parameters: {@code status=no_show&from=2026-12-01&to=…&customer=ann&staff=12}. */
    static QueryParameters query(BookingFilter filter) {
        Map<String, String> params = new LinkedHashMap<>();
        UrlState.put(params, "status", filter.status() == null ? null : filter.status().name().toLowerCase(Locale.ROOT));
        UrlState.put(params, "from", filter.from());
        UrlState.put(params, "to", filter.to());
        UrlState.put(params, "customer", filter.customer());
        UrlState.put(params, "staff", filter.staffMemberId());
        return QueryParameters.simple(params);
    }

    /** The filter a query describes; unknown or malformed values count as absent. */
    static BookingFilter read(QueryParameters query) {
        BookingStatus status = UrlState.first(query, "status").flatMap(code -> java.util.Arrays.stream(
                BookingStatus.values()).filter(s -> s.name().equalsIgnoreCase(code.strip())).findFirst()).orElse(null);
        LocalDate from = UrlState.date(query, "from");
        LocalDate to = UrlState.date(query, "to");
        if (from != null && to != null && to.isBefore(from)) {
            to = null;
        }
        String customer = UrlState.first(query, "customer").map(String::strip)
                .map(text -> text.length() > 100 ? text.substring(0, 100) : text).orElse(null);
        Long staff = UrlState.first(query, "staff").map(String::strip).filter(id -> id.matches("\\d{1,18}"))
                .map(Long::valueOf).orElse(null);
        return new BookingFilter(status, from, to, customer, staff);
    }

    BookingFilter filter() {
        return new BookingFilter(status.getValue(), from.getValue(), to.getValue(), customer.getValue(),
                staff.memberId());
    }

    private void changed() {
        onChange.accept(filter());
    }
}

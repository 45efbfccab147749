package com.clientele.booking.ui;

import com.clientele.base.InvalidInputException;
import com.clientele.base.ui.DatePickers;
import com.clientele.base.ui.ErrorMessages;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerBlockedException;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.CustomerSuggestion;
import com.clientele.provider.TeamMember;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new booking for a customer picked by typing (blocked ones are shown with their reason and cannot
 * be booked) or for a new customer, served by a member of the team or nobody in particular (a staff
 * member's own bookings are theirs: the choice shows them and cannot be changed). Fires
 * {@code onSave}; knows nothing of services.
 */
class NewBookingDialog extends Dialog {

    /** Whom the booking is for: a customer picked from the list, or one entered here. */
    enum Booker {
        EXISTING, NEW
    }

    interface CustomerSearch extends Serializable {
        List<CustomerSuggestion> search(String text, int offset, int limit);
    }

    interface SaveListener extends Serializable {
        /** @return true when saved (the dialog closes); otherwise the listener reported the problem */
        boolean save(NewBookingDialog dialog, NewBooking booking);
    }

    private final RadioButtonGroup<Booker> who = new RadioButtonGroup<>();
    private final ComboBox<CustomerSuggestion> customer = new ComboBox<>();
    private final Div blockedNotice = new Div();
    private final Div reliabilityNotice = new Div();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField service = new TextField();
    private final DateTimePicker start = new DateTimePicker();
    private final IntegerField duration = new IntegerField();
    private final BigDecimalField price = new BigDecimalField();
    private final Select<BookingStatus> status = new Select<>();
    private final StaffSelect staff;
    private final Button save = new Button();
    private final ZoneId zone;

    /**
     * @param team the members who may serve it (those still in the team)
     * @param self the signed-in member when their bookings are always their own (a staff member), else null
     */
    NewBookingDialog(ZoneId zone, Currency currency, List<TeamMember> team, @Nullable Long self,
            CustomerSearch search, SaveListener onSave) {
        this.zone = zone;
        staff = new StaffSelect(getTranslation("booking.new.staff"), getTranslation("booking.new.staff.none"), team);
        staff.select(self);
        staff.setReadOnly(self != null);
        staff.setVisible(self != null || team.size() > 1);
        setHeaderTitle(getTranslation("booking.new.title"));
        addClassName("app-dialog");
        setWidth("min(40rem, 100vw)");
        labelFields();
        who.setItems(Booker.values());
        who.setItemLabelGenerator(booker -> getTranslation("booking.new." + booker.name()));
        who.setValue(Booker.EXISTING);
        who.setAriaLabel(getTranslation("booking.new.for"));
        who.addValueChangeListener(event -> showCustomerFields());

        customer.setPlaceholder(getTranslation("booking.new.customer.placeholder"));
        customer.setItems(query -> search.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        customer.setItemLabelGenerator(item -> item.name() + (item.contact().isEmpty() ? "" : " · " + item.contact()));
        customer.setRenderer(new ComponentRenderer<>(this::suggestion));
        customer.setClearButtonVisible(true);
        customer.addValueChangeListener(event -> showBlocked(event.getValue()));
        blockedNotice.addClassName("blocked-notice");
        blockedNotice.setVisible(false);
        reliabilityNotice.addClassName("reliability-notice");
        reliabilityNotice.setVisible(false);

        name.setMaxLength(200);
        email.setMaxLength(254);
        phone.setMaxLength(32);
        service.setMaxLength(200);
        DatePickers.localise(start);
        start.setStep(Duration.ofMinutes(15));
        start.setValue(LocalDateTime.now(zone).truncatedTo(ChronoUnit.HOURS).plusHours(1));
        start.setHelperText(getTranslation("booking.new.start.helper",
                zone.getDisplayName(TextStyle.FULL, getLocale())));
        duration.setMin(5);
        duration.setMax(1440);
        duration.setStep(5);
        duration.setStepButtonsVisible(true);
        duration.setValue(60);
        price.setPrefixComponent(new Span(currency.getSymbol(getLocale())));
        status.setItems(BookingStatus.PENDING, BookingStatus.CONFIRMED, BookingStatus.COMPLETED);
        status.setItemLabelGenerator(value -> StatusBadge.label(this, value));
        status.setValue(BookingStatus.CONFIRMED);

        FormLayout form = new FormLayout(who, customer, blockedNotice, reliabilityNotice, name, email, phone, service, start, duration,
                price, status, staff);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        for (var wide : List.of(who, customer, blockedNotice, reliabilityNotice, name, service, start)) {
            form.setColspan(wide, 2);
        }
        add(form);
        showCustomerFields();

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (onSave.save(this, booking())) {
                close();
            }
        });
        getFooter().add(new Button(getTranslation("booking.cancel"), click -> close()), save);
    }

    private void labelFields() {
        customer.setLabel(getTranslation("booking.new.customer"));
        name.setLabel(getTranslation("booking.new.name"));
        email.setLabel(getTranslation("booking.new.email"));
        phone.setLabel(getTranslation("booking.new.phone"));
        service.setLabel(getTranslation("booking.new.service"));
        start.setLabel(getTranslation("booking.new.start"));
        duration.setLabel(getTranslation("booking.new.duration"));
        price.setLabel(getTranslation("booking.new.price"));
        status.setLabel(getTranslation("booking.new.status"));
        save.setText(getTranslation("booking.new.create"));
    }

    NewBooking booking() {
        var when = start.getValue() == null ? null : start.getValue().atZone(zone).toInstant();
        int minutes = duration.getValue() == null ? 0 : duration.getValue();
        if (who.getValue() == Booker.EXISTING) {
            Long customerId = customer.getValue() == null ? null : customer.getValue().customerId();
            return new NewBooking(customerId, null, service.getValue(), when, minutes, price.getValue(),
                    status.getValue(), staff.memberId());
        }
        return new NewBooking(null, new CustomerContact(name.getValue(), blankToNull(email.getValue()),
                blankToNull(phone.getValue())), service.getValue(), when, minutes, price.getValue(), status.getValue(),
                staff.memberId());
    }

    /** Marks the fields the service refused; returns false when none of them is in this form. */
    boolean showErrors(InvalidInputException error) {
        clearErrors();
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("customer", customer),
                Map.entry("newCustomer.name", name), Map.entry("name", name), Map.entry("newCustomer.email", email),
                Map.entry("email", email), Map.entry("newCustomer.phone", phone), Map.entry("phone", phone),
                Map.entry("serviceName", service), Map.entry("startsAt", start), Map.entry("durationMinutes", duration),
                Map.entry("price", price), Map.entry("status", status), Map.entry("staffMemberId", staff));
        boolean shown = false;
        for (var entry : ErrorMessages.fields(error).entrySet()) {
            HasValidation field = fields.get(entry.getKey());
            if (field != null) {
                field.setErrorMessage(entry.getValue());
                field.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }

    /** A refusal about the picked customer (blocked meanwhile, say). */
    void showCustomerProblem(String message) {
        blockedNotice.setText(message);
        blockedNotice.setVisible(true);
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(customer, name, email, phone, service, start, duration, price,
                status, staff)) {
            field.setInvalid(false);
        }
    }

    private void showCustomerFields() {
        boolean existing = who.getValue() == Booker.EXISTING;
        customer.setVisible(existing);
        name.setVisible(!existing);
        email.setVisible(!existing);
        phone.setVisible(!existing);
        showBlocked(existing ? customer.getValue() : null);
    }

    private void showBlocked(CustomerSuggestion picked) {
        boolean blocked = picked != null && picked.blocked();
        blockedNotice.setVisible(blocked);
        blockedNotice.setText(blocked
                ? ErrorMessages.text(CustomerBlockedException.describe(picked.name(), picked.blockedReason())) : "");
        save.setEnabled(!blocked);
        boolean reliability = picked != null && !blocked;
        reliabilityNotice.setVisible(reliability);
        reliabilityNotice.setText(!reliability ? "" : getTranslation("booking.new.reliability",
                ErrorMessages.text(picked.reliability().explained()))
                + (picked.flaggedReason() == null ? ""
                        : " · " + getTranslation("booking.new.flagged") + ": " + picked.flaggedReason()));
        reliabilityNotice.getElement().setAttribute("data-low",
                String.valueOf(reliability && picked.reliability().low()));
    }

    private Component suggestion(CustomerSuggestion item) {
        Span nameText = new Span(item.name());
        nameText.addClassName("cell-primary");
        Span contact = new Span(item.contact());
        contact.addClassName("cell-secondary");
        Div line = new Div(nameText, contact);
        line.addClassName("cell-stack");
        if (item.blocked()) {
            Badge badge = new Badge(getTranslation("booking.new.blocked"));
            badge.addThemeVariants(BadgeVariant.ERROR, BadgeVariant.SMALL);
            Span reason = new Span(item.blockedReason());
            reason.addClassName("cell-secondary");
            line.add(badge, reason);
        } else {
            if (item.flaggedReason() != null) {
                Badge flag = new Badge(getTranslation("booking.new.flagged"));
                flag.addThemeVariants(BadgeVariant.WARNING, BadgeVariant.SMALL);
                flag.getElement().setAttribute("title", item.flaggedReason());
                line.add(flag);
            }
            Span reliability = new Span(ErrorMessages.text(item.reliability().explained()));
            reliability.addClassNames("cell-secondary", "suggestion-reliability");
            if (item.reliability().low()) {
                reliability.addClassName("reliability-low");
            }
            line.add(reliability);
        }
        return line;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

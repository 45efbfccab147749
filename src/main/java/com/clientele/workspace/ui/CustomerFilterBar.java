package com.clientele.workspace.ui;

import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerStatus;
import com.clientele.customer.Reliability;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;

/**
 * Search (debounced while typing), the status filter and "reliability below 70 %" (SPEC 11); fires
 * a change when any of them changes.
 */
class CustomerFilterBar extends Div {

    static final int DEBOUNCE_MILLIS = 350;

    final TextField search = new TextField();
    final Select<CustomerStatus> status = new Select<>();
    final Checkbox lowReliability = new Checkbox();
    /** The percentage the checkbox stands for: 70, or what the address asked for. */
    private int reliabilityBelow = Reliability.LOW_BELOW;

    CustomerFilterBar() {
        addClassName("filter-bar");
        search.setPlaceholder(getTranslation("workspace.filter.search"));
        search.setAriaLabel(getTranslation("workspace.filter.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(CustomerFilter.SEARCH_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(DEBOUNCE_MILLIS);
        search.addClassName("filter-search");
        search.addValueChangeListener(e -> changed());

        String all = getTranslation("workspace.filter.all-statuses");
        status.setAriaLabel(getTranslation("workspace.filter.status"));
        status.setItems(CustomerStatus.values());
        status.setItemLabelGenerator(s -> s == null ? all : getTranslation(StatusBadge.key(s)));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(all);
        status.addValueChangeListener(e -> changed());
        lowReliability.setLabel(getTranslation("workspace.filter.low-reliability", reliabilityBelow));
        lowReliability.addClassName("filter-reliability");
        lowReliability.setTooltipText(getTranslation("workspace.filter.low-reliability.tip"));
        lowReliability.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
        add(search, status, lowReliability);
    }

    /** The filter as typed, or empty while the search text is not acceptable (the field says why). */
    Optional<CustomerFilter> filter() {
        String text = search.getValue();
        if (text != null && text.strip().length() > CustomerFilter.SEARCH_MAX) {
            search.setErrorMessage(getTranslation("workspace.filter.search.too-long", CustomerFilter.SEARCH_MAX));
            search.setInvalid(true);
            return Optional.empty();
        }
        search.setInvalid(false);
        return Optional.of(new CustomerFilter(text, status.getValue(), null,
                lowReliability.getValue() ? reliabilityBelow : null));
    }

    /**
     * Shows a filter (from the address). The search text is left as typed when it already means
     * this search (e.g. a trailing space), so a user typing on is not interrupted.
     */
    void show(CustomerFilter filter) {
        String typed = search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().strip();
        if (!java.util.Objects.equals(typed, filter.search())) {
            search.setValue(filter.search() == null ? "" : filter.search());
        }
        status.setValue(filter.status());
        reliabilityBelow = filter.reliabilityBelow() == null ? Reliability.LOW_BELOW : filter.reliabilityBelow();
        lowReliability.setLabel(getTranslation("workspace.filter.low-reliability", reliabilityBelow));
        lowReliability.setValue(filter.reliabilityBelow() != null);
    }

    Registration addChangeListener(ComponentEventListener<Changed> listener) {
        return addListener(Changed.class, listener);
    }

    private void changed() {
        fireEvent(new Changed(this));
    }

    static final class Changed extends ComponentEvent<CustomerFilterBar> {
        Changed(CustomerFilterBar source) {
            super(source, false);
        }
    }
}

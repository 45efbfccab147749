package com.clientele.workspace.ui;

import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerStatus;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;

/** Search (debounced while typing) and the status filter; fires a change when either changes. */
class CustomerFilterBar extends Div {

    static final int DEBOUNCE_MILLIS = 350;

    final TextField search = new TextField();
    final Select<CustomerStatus> status = new Select<>();

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
        add(search, status);
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
        return Optional.of(new CustomerFilter(text, status.getValue()));
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

package com.clientele.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;

/**
 * The details dialog's sections (overview, bookings, …) behind a row of toggle buttons, one shown at
 * a time. Not Vaadin's TabSheet: its tabs put a focusable scroll box between the tab list and its
 * tabs inside their shadow DOM, which screen readers and axe-core report as a broken tab list.
 */
class SectionSwitcher extends Div {

    private final Div buttons = new Div();
    private final Div content = new Div();
    private final List<Button> toggles = new ArrayList<>();
    private final List<Component> sections = new ArrayList<>();

    SectionSwitcher(String label) {
        addClassName("section-switcher");
        buttons.addClassName("section-buttons");
        buttons.getElement().setAttribute("role", "group");
        buttons.getElement().setAttribute("aria-label", label);
        content.addClassName("section-content");
        add(buttons, content);
    }

    void add(String label, Component section) {
        int index = sections.size();
        Button toggle = new Button(label, click -> setSelectedIndex(index));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClassName("section-button");
        toggles.add(toggle);
        sections.add(section);
        buttons.add(toggle);
        content.add(section);
        setSelectedIndex(index == 0 ? 0 : selectedIndex());
    }

    void setSelectedIndex(int selected) {
        for (int i = 0; i < sections.size(); i++) {
            boolean shown = i == selected;
            sections.get(i).setVisible(shown);
            toggles.get(i).getElement().setAttribute("aria-pressed", String.valueOf(shown));
            toggles.get(i).getElement().getClassList().set("selected", shown);
        }
    }

    int selectedIndex() {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).isVisible()) {
                return i;
            }
        }
        return 0;
    }
}

package com.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;

/** The title row of a view, with room for its main actions on the right. */
public class ViewHeader extends Header {

    private final Div actions = new Div();

    public ViewHeader(String title) {
        addClassName("view-header");
        actions.addClassName("view-actions");
        add(new H1(title), actions);
    }

    public ViewHeader withActions(Component... components) {
        actions.add(components);
        return this;
    }
}

package com.clientele.base.ui;

import com.vaadin.flow.component.html.Span;

/**
 * Text read by screen readers but not shown, for a header or label whose meaning the eye takes from
 * the column's content (the star column, the row menu column): a table header must not be empty.
 */
public final class HiddenText {

    private HiddenText() {
    }

    public static Span of(String text) {
        Span span = new Span(text);
        span.addClassName("visually-hidden");
        return span;
    }
}

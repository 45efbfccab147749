package com.clientele.security.ui;

import com.clientele.base.ui.SkipTarget;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;

/**
 * The first stops of the Tab key on every page of the layout, shown only while focused: "Skip to
 * content" moves the focus past the top bar and the menu to the view, and a view that is a
 * {@link SkipTarget} gets a second one, straight to its main task.
 *
 * <p>Buttons, not {@code <a href="#content">}: Flow answers a fragment link with a navigation
 * (a new history entry, or a reload with {@code router-ignore}) and the focus does not move.
 */
class SkipLinks extends Div {

    private final Button toContent = new Button("", click -> focusContent());
    private final Button toTarget = new Button("", click -> focusTarget());
    private @Nullable HasElement content;

    SkipLinks() {
        addClassName("skip-links");
        toContent.setText(getTranslation("skip.content"));
        for (Button link : new Button[] {toContent, toTarget}) {
            link.addClassName("skip-link");
            link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        toTarget.setVisible(false);
        add(toContent, toTarget);
    }

    /** Points the links at the view the layout now shows. */
    void follow(HasElement view) {
        content = view;
        // focusable from the skip link only, not a stop of its own for the Tab key
        view.getElement().setAttribute("tabindex", "-1");
        view.getElement().getClassList().add("skip-target");
        if (view instanceof SkipTarget target) {
            toTarget.setText(target.skipLabel());
            toTarget.setVisible(true);
        } else {
            toTarget.setVisible(false);
        }
    }

    private void focusContent() {
        if (content != null) {
            content.getElement().callJsFunction("focus");
        }
    }

    private void focusTarget() {
        if (content instanceof SkipTarget target) {
            target.focusSkipTarget();
        }
    }
}

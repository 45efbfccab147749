package com.clientele.provider.ui;

import com.clientele.base.ui.Toasts;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a generated password the one time it exists in clear text. It is stored only as a hash:
 * once this dialog closes, nobody can show it again.
 */
class PasswordShownOnceDialog extends Dialog {

    private final TextField password = new TextField();

    PasswordShownOnceDialog(String title, String email, String generatedPassword) {
        setHeaderTitle(title);
        password.setLabel(getTranslation("provider.password.field"));
        setWidth("480px");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        password.setValue(generatedPassword);
        password.setReadOnly(true);
        password.setWidthFull();
        password.addClassName("password-once");
        String copied = getTranslation("provider.password.copied");
        String blocked = getTranslation("provider.password.copy-blocked");
        var copy = new Button(getTranslation("provider.password.copy"), VaadinIcon.COPY.create(), click -> {
            password.getElement().executeJs("return navigator.clipboard.writeText($0)", generatedPassword)
                    .then(ok -> Toasts.success(copied), failed -> Toasts.error(blocked));
        });
        password.setSuffixComponent(copy);
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var explanation = new Paragraph(getTranslation("provider.password.explanation", email));
        explanation.addClassName("break-anywhere");
        add(explanation, password);
        var done = new Button(getTranslation("provider.password.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickShortcut(Key.ENTER).listenOn(this);
        getFooter().add(done);
    }

    String password() {
        return password.getValue();
    }
}

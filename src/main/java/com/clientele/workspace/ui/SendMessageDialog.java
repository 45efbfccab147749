package com.clientele.workspace.ui;

import com.clientele.base.ui.Toasts;
import com.clientele.messaging.NewMessage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;

/** Writes a message to a customer; says where it will go (e-mail, or kept until e-mail is set up). */
class SendMessageDialog extends Dialog {

    final TextField subject = new TextField(getTranslation("workspace.message.subject"));
    final TextArea body = new TextArea(getTranslation("workspace.message.body"));
    final Button send = new Button(getTranslation("workspace.message.send"));

    private Consumer<NewMessage> onSend = message -> { };

    SendMessageDialog(String customerName, String email, String deliveryNote) {
        setHeaderTitle(getTranslation("workspace.message.title", customerName));
        setWidth("min(640px, 96vw)");
        Paragraph to = new Paragraph(email == null ? getTranslation("workspace.message.no-email", customerName)
                : getTranslation("workspace.message.to", email, deliveryNote));
        to.addClassName("dialog-note");
        subject.setRequired(true);
        subject.setMaxLength(200);
        subject.setWidthFull();
        body.setRequired(true);
        body.setMaxLength(10_000);
        body.setWidthFull();
        body.setMinHeight("180px");
        add(to, subject, body);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> onSend.accept(new NewMessage(subject.getValue(), body.getValue())));
        Button cancel = new Button(getTranslation("workspace.action.cancel"), click -> close());
        getFooter().add(cancel, send);
        addOpenedChangeListener(e -> subject.focus());
    }

    void onSend(Consumer<NewMessage> listener) {
        this.onSend = listener;
    }

    /** Shows the service's field errors on the fields. */
    void showErrors(Map<String, String> errors) {
        subject.setInvalid(errors.containsKey("subject"));
        subject.setErrorMessage(errors.get("subject"));
        body.setInvalid(errors.containsKey("body"));
        body.setErrorMessage(errors.get("body"));
        errors.forEach((field, message) -> {
            if (!field.equals("subject") && !field.equals("body")) {
                Toasts.error(message);
            }
        });
    }
}

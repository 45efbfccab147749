package com.clientele.provider.ui;

import com.clientele.base.Emails;
import com.clientele.provider.TeamRole;
import com.clientele.provider.TeamService;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Name, e-mail and role of someone to invite. Fires {@link InviteEvent}; the page calls the service
 * and shows its refusals on the fields ({@link #showErrors}). Knows nothing of services.
 */
class InviteDialog extends Dialog {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final RoleSelect role = new RoleSelect();

    InviteDialog(long validityDays) {
        setHeaderTitle(getTranslation("team.invite.title"));
        name.setLabel(getTranslation("team.field.name"));
        name.setMaxLength(TeamService.NAME_MAX);
        name.setRequired(true);
        email.setLabel(getTranslation("team.field.email"));
        email.setMaxLength(Emails.MAX_LENGTH);
        email.setRequired(true);
        email.setHelperText(getTranslation("team.invite.email-help", validityDays));
        role.setRequiredIndicatorVisible(true);
        role.setValue(TeamRole.STAFF);
        for (HasValidation field : new HasValidation[] {name, email, role}) {
            field.setManualValidation(true);
        }
        name.addValueChangeListener(change -> name.setInvalid(false));
        email.addValueChangeListener(change -> email.setInvalid(false));
        role.addValueChangeListener(change -> role.setInvalid(false));
        var form = new FormLayout(name, email, role);
        form.setResponsiveSteps(new ResponsiveStep("0", 1));
        add(form);

        var send = new Button(getTranslation("team.invite.send"), click -> fireEvent(new InviteEvent(this)));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER).listenOn(this);
        var cancel = new Button(getTranslation("team.cancel"), click -> close());
        getFooter().add(cancel, send);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                name.focus();
            }
        });
    }

    /** Shows what the service said about each field, in the page's language. */
    void showErrors(Map<String, String> errors) {
        show(name, errors.get("name"));
        show(email, errors.get("email"));
        show(role, errors.get("role"));
    }

    private static <F extends HasValidation> void show(F field, @Nullable String error) {
        field.setErrorMessage(error);
        field.setInvalid(error != null);
    }

    Registration addInviteListener(ComponentEventListener<InviteEvent> listener) {
        return addListener(InviteEvent.class, listener);
    }

    static final class InviteEvent extends ComponentEvent<InviteDialog> {

        InviteEvent(InviteDialog source) {
            super(source, false);
        }

        String name() {
            return getSource().name.getValue();
        }

        String email() {
            return getSource().email.getValue();
        }

        @Nullable TeamRole role() {
            return getSource().role.getValue();
        }
    }
}

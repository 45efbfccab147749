package com.clientele.provider.ui;

import com.clientele.provider.MemberStanding;
import com.clientele.provider.TeamRole;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;

/** Another role for a member. Fires {@link SaveEvent}; knows nothing of services. */
class RoleDialog extends Dialog {

    final RoleSelect role = new RoleSelect();
    final Paragraph problem = new Paragraph();

    RoleDialog(MemberStanding member) {
        setHeaderTitle(getTranslation("team.role-change.title", member.name()));
        role.setValue(member.role());
        var note = new Paragraph(getTranslation("team.role-change.note"));
        note.addClassName("muted");
        problem.addClassName("form-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(role, note, problem);
        var save = new Button(getTranslation("team.role-change.save"), click -> fireEvent(new SaveEvent(this)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("team.cancel"), click -> close()), save);
    }

    /** The service's refusal (the last enabled owner), shown in the dialog. */
    void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<RoleDialog> {

        SaveEvent(RoleDialog source) {
            super(source, false);
        }

        TeamRole role() {
            return getSource().role.getValue();
        }
    }
}

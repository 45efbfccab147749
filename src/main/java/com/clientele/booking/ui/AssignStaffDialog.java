package com.clientele.booking.ui;

import com.clientele.booking.BookingRow;
import com.clientele.provider.TeamMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Another member of the team to serve a booking, or nobody. Fires {@code onSave}; knows nothing of services. */
class AssignStaffDialog extends Dialog {

    interface SaveListener extends Serializable {
        /** @return true when saved (the dialog closes); otherwise the listener reported the problem */
        boolean save(AssignStaffDialog dialog, @Nullable Long memberId);
    }

    private final StaffSelect staff;

    AssignStaffDialog(BookingRow booking, String when, List<TeamMember> team, SaveListener onSave) {
        setHeaderTitle(getTranslation("booking.assign.title", booking.serviceName()));
        addClassName("app-dialog");
        setWidth("min(30rem, 100vw)");
        staff = new StaffSelect(getTranslation("booking.new.staff"), getTranslation("booking.new.staff.none"), team);
        staff.select(booking.staffMember() == null ? null : booking.staffMember().id());
        staff.setWidthFull();
        var what = new Paragraph(booking.customerName() + " · " + when);
        what.addClassName("dialog-context");
        add(what, staff);
        Button save = new Button(getTranslation("booking.assign.save"), click -> {
            if (onSave.save(this, staff.memberId())) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("booking.cancel"), click -> close()), save);
    }

    void showError(String message) {
        staff.setErrorMessage(message);
        staff.setInvalid(true);
    }
}

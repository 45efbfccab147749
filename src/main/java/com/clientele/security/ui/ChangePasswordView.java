package com.clientele.security.ui;

import com.clientele.base.InvalidInputException;
import com.clientele.base.ui.ErrorMessages;
import com.clientele.base.ui.Toasts;
import com.clientele.base.ui.ViewHeader;
import com.clientele.provider.PasswordService;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Every user changes their own password here. A user whose password an admin reset is kept on
 * this page until they chose a new one.
 */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends Main implements HasDynamicTitle {

    public ChangePasswordView(PasswordService passwords) {
        addClassName("view");
        add(new ViewHeader(getTranslation("password.title")));
        boolean required = passwords.mustChangePassword();
        if (required) {
            var notice = new Paragraph(getTranslation("password.reset-by-admin"));
            notice.addClassName("notice");
            add(notice);
        }
        var form = new ChangePasswordForm();
        form.addSubmitListener(submit -> {
            try {
                passwords.changeOwnPassword(submit.change());
            } catch (InvalidInputException e) {
                form.showErrors(ErrorMessages.fields(e));
                return;
            }
            Toasts.success(getTranslation("password.changed"));
            form.clear();
            if (required) {
                getUI().ifPresent(ui -> ui.navigate(""));
            }
        });
        add(form);
        addAttachListener(attach -> form.focus());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.page-title");
    }
}

package com.clientele.apitoken.ui;

import com.clientele.base.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Shows a new token the only time it is ever shown, with a copy button and a curl example. It
 * closes only through its button, so the token is not lost by a stray click.
 */
class NewTokenDialog extends Dialog {

    static final String CUSTOMERS_PATH = "/api/bookings/provider_dashboard/customers/";
    static final String ADMIN_PROVIDERS_PATH = "/api/admin/providers/";

    final TextField value = new TextField();
    final Button copy = new Button(VaadinIcon.COPY.create());
    final Button done = new Button();

    /** @param exampleUrl what the curl example calls: an endpoint the token's account may use */
    NewTokenDialog(String name, String token, String exampleUrl) {
        addClassName("new-token-dialog");
        setHeaderTitle(getTranslation("apitoken.created.title", name));
        value.setLabel(getTranslation("apitoken.created.value"));
        copy.setText(getTranslation("apitoken.created.copy"));
        done.setText(getTranslation("apitoken.created.done"));
        setWidth("min(640px, 96vw)");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);

        Paragraph warning = new Paragraph(getTranslation("apitoken.created.warning"));
        warning.addClassName("token-warning");
        value.setValue(token);
        value.setReadOnly(true);
        value.setWidthFull();
        value.addClassName("token-value");
        value.addFocusListener(e -> value.getElement().executeJs("this.inputElement.select()"));
        copy.addClickListener(click -> copy.getElement()
                .executeJs("return navigator.clipboard.writeText($0)", token)
                .then(ok -> Toasts.success(getTranslation("apitoken.created.copied")),
                        error -> Toasts.error(getTranslation("apitoken.created.copy-blocked"))));
        // No indentation on the second line: a narrow screen would wrap at it and leave an empty line.
        Pre example = new Pre("curl -H \"Authorization: Bearer " + token + "\" \\\n" + exampleUrl);
        example.addClassName("curl-example");
        add(warning, value, copy, new Paragraph(getTranslation("apitoken.created.try")), example);

        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> close());
        getFooter().add(done);
        addOpenedChangeListener(e -> value.focus());
    }

    /** Where this application is reached, for the example; empty when there is no servlet request. */
    static String baseUrl() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).build().toUriString();
        }
        return "";
    }
}

package com.clientele.apitoken.ui;

import com.clientele.apitoken.ApiTokenService;
import com.clientele.apitoken.ApiTokenSummary;
import com.clientele.apitoken.CreatedApiToken;
import com.clientele.base.InvalidInputException;
import com.clientele.base.ui.Actions;
import com.clientele.base.ui.ViewHeader;
import com.clientele.security.Roles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * Where a provider creates, names, lists and revokes the tokens other systems use for the REST
 * API. A new token is shown once, in a dialog; after that only its first characters are known.
 */
@Route("api-access")
@PageTitle("API access · Clientele")
@Menu(title = "API access", order = 5, icon = "vaadin:key")
@RolesAllowed(Roles.PROVIDER)
public class ApiAccessView extends Main {

    static final String DOCS = "swagger-ui/index.html";

    private final ApiTokenService tokens;
    private final TextField name = new TextField("Token name");
    private final Button create = new Button("Create token", VaadinIcon.PLUS.create());
    private final TokenList list;

    public ApiAccessView(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.list = new TokenList(clock, this::confirmRevoke);
        addClassNames("view", "api-access-view");

        Anchor docs = new Anchor(DOCS, "API documentation");
        docs.getElement().setAttribute("router-ignore", true);
        docs.setTarget(AnchorTarget.BLANK);
        docs.addClassName("docs-link");
        Paragraph intro = new Paragraph("Other systems — your booking website, a CRM, a script — reach your customers"
                + " through the REST API with a token. A token acts as you: keep it secret, give each system its own,"
                + " and revoke one as soon as it is no longer needed.");
        intro.addClassName("muted");

        name.setPlaceholder("e.g. Booking website");
        name.setMaxLength(ApiTokenService.NAME_MAX);
        name.setRequired(true);
        name.addClassName("token-name");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        name.addKeyPressListener(Key.ENTER, e -> create());
        Div form = new Div(name, create);
        form.addClassName("token-form");

        add(new ViewHeader("API access").withActions(docs), intro, form, new H2("Your tokens"), list);
        refresh();
    }

    private void create() {
        try {
            CreatedApiToken created = tokens.create(name.getValue());
            name.clear();
            name.setInvalid(false);
            refresh();
            new NewTokenDialog(created.summary().name(), created.token(), NewTokenDialog.baseUrl()).open();
        } catch (InvalidInputException e) {
            name.setErrorMessage(e.fieldErrors().values().iterator().next());
            name.setInvalid(true);
        }
    }

    private void confirmRevoke(ApiTokenSummary token) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Revoke “" + token.name() + "”?");
        confirm.setText("Systems using this token lose access with their next request. This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Revoke");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> Actions.run(() -> tokens.revoke(token.id()), "“" + token.name() + "” revoked")
                .ifPresent(revoked -> refresh()));
        confirm.open();
    }

    void refresh() {
        list.show(tokens.list());
    }
}

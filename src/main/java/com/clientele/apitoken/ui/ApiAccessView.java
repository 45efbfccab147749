package com.clientele.apitoken.ui;

import com.clientele.apitoken.ApiTokenService;
import com.clientele.apitoken.ApiTokenSummary;
import com.clientele.apitoken.CreatedApiToken;
import com.clientele.base.InvalidInputException;
import com.clientele.base.ui.Actions;
import com.clientele.base.ui.ErrorMessages;
import com.clientele.base.ui.ViewHeader;
import com.clientele.provider.TeamMember;
import com.clientele.security.AppUser;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a business's owner or an admin creates, names, lists and revokes the tokens other systems
 * use for the REST API: a provider's tokens reach its customers, an admin's the admin endpoints. A
 * new token is shown once, in a dialog; after that only its first characters are known. Other
 * members of a business do not manage tokens (SPEC §10), so the menu does not offer them this page.
 */
@Route("api-access")
@Menu(title = "apitoken.menu", order = 20, icon = "vaadin:key")
@RolesAllowed({Roles.ADMIN, Roles.OWNER})
public class ApiAccessView extends Main implements HasDynamicTitle {

    static final String DOCS = "swagger-ui/index.html";

    private final ApiTokenService tokens;
    private final TextField name = new TextField();
    /** For an owner: which member of the business the new token acts as (themself first). */
    final Select<TeamMember> holder = new Select<>();
    private final Button create = new Button(VaadinIcon.PLUS.create());
    private final TokenList list;
    private final String examplePath;

    public ApiAccessView(ApiTokenService tokens, Clock clock, AuthenticationContext authentication) {
        this.tokens = tokens;
        boolean admin = authentication.hasRole(Roles.ADMIN);
        this.examplePath = admin ? NewTokenDialog.ADMIN_PROVIDERS_PATH : NewTokenDialog.CUSTOMERS_PATH;
        this.list = new TokenList(clock, this::confirmRevoke, !admin);
        addClassNames("view", "api-access-view");
        name.setLabel(getTranslation("apitoken.name"));
        create.setText(getTranslation("apitoken.create"));

        Anchor docs = new Anchor(DOCS, getTranslation("apitoken.docs"));
        docs.getElement().setAttribute("router-ignore", true);
        docs.setTarget(AnchorTarget.BLANK);
        docs.addClassName("docs-link");
        Paragraph intro = new Paragraph(getTranslation(admin ? "apitoken.intro.admin" : "apitoken.intro.provider"));
        intro.addClassName("muted");

        name.setPlaceholder(getTranslation(admin ? "apitoken.name.example.admin" : "apitoken.name.example.provider"));
        name.setMaxLength(ApiTokenService.NAME_MAX);
        name.setRequired(true);
        name.addClassName("token-name");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        name.addKeyPressListener(Key.ENTER, e -> create());
        Div form = new Div(name);
        if (!admin) {
            holder.setLabel(getTranslation("apitoken.holder"));
            holder.setHelperText(getTranslation("apitoken.holder.help"));
            holder.setItemLabelGenerator(member -> getTranslation("apitoken.holder.item", member.name(),
                    getTranslation("team.role." + member.role().name())));
            holder.addClassName("token-holder");
            List<TeamMember> members = new ArrayList<>(tokens.tokenHolders());
            long self = authentication.getAuthenticatedUser(AppUser.class).map(AppUser::memberId).orElse(0L);
            members.sort(Comparator.comparing((TeamMember member) -> member.id() != self));
            holder.setItems(members);
            holder.setValue(members.getFirst());
            form.add(holder);
        }
        form.add(create);
        form.addClassName("token-form");

        add(new ViewHeader(getTranslation("apitoken.title")).withActions(docs), intro, form,
                new H2(getTranslation("apitoken.list")), list);
        refresh();
    }

    private void create() {
        try {
            CreatedApiToken created = holder.getValue() == null ? tokens.create(name.getValue())
                    : tokens.create(name.getValue(), holder.getValue().id());
            name.clear();
            name.setInvalid(false);
            refresh();
            new NewTokenDialog(created.summary().name(), created.token(), NewTokenDialog.baseUrl() + examplePath)
                    .open();
        } catch (InvalidInputException e) {
            name.setErrorMessage(ErrorMessages.text(e.text()));
            name.setInvalid(true);
        }
    }

    private void confirmRevoke(ApiTokenSummary token) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("apitoken.revoke.title", token.name()));
        confirm.setText(getTranslation("apitoken.revoke.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("apitoken.revoke.cancel"));
        confirm.setConfirmText(getTranslation("apitoken.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> Actions.run(() -> tokens.revoke(token.id()), getTranslation("apitoken.revoked", token.name()))
                .ifPresent(revoked -> refresh()));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apitoken.page-title");
    }

    void refresh() {
        list.show(tokens.list());
    }
}

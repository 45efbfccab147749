package com.clientele.apitoken.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.TestData.TestProvider;
import com.clientele.apitoken.ApiTokenService;
import com.clientele.apitoken.CreatedApiToken;
import com.clientele.demo.DemoAccounts;
import com.clientele.provider.Role;
import com.clientele.provider.TeamMember;
import com.clientele.provider.TeamRole;
import com.clientele.security.ApiTokenVerifier;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API access page as a provider and as an admin use it. */
@IntegrationTest
class ApiAccessViewTest extends SpringBrowserlessTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    ApiTokenVerifier verifier;

    TestProvider provider;

    @BeforeEach
    void logIn() {
        provider = data.newProvider();
        data.login(provider.email());
    }

    @AfterEach
    void logOut() {
        data.logout();
    }

    @Test
    void aProviderReadingFrenchCreatesATokenInFrench() {
        UI.getCurrent().getSession().setLocale(Locale.FRANCE);
        navigate(ApiAccessView.class);
        assertThat(find(TokenList.class).single().empty.getText()).startsWith("Aucun jeton");

        test(find(TextField.class).withCaption("Nom du jeton").single()).setValue("Site");
        test(find(Button.class).withText("Créer un jeton").single()).click();

        NewTokenDialog dialog = find(NewTokenDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Jeton « Site » créé");
        test(dialog.done).click();
        assertThat(find(Span.class, find(TokenList.class).single()).all()).extracting(Span::getText)
                .contains("Créé à l’instant", "Jamais utilisé");
    }

    @Test
    void anOwnerMakesATokenThatActsAsAStylist() {
        TestMember stylist = data.newMember(provider, TeamRole.STAFF);
        navigate(ApiAccessView.class);
        var view = find(ApiAccessView.class).single();
        assertThat(view.holder.getValue().id()).as("the owner themself first").isEqualTo(data.owner(provider).memberId());
        TeamMember staff = view.holder.getListDataView().getItems()
                .filter(member -> member.id() == stylist.memberId()).findFirst().orElseThrow();
        assertThat(view.holder.getItemLabelGenerator().apply(staff)).endsWith("(Staff)");

        test(view.holder).selectItem(view.holder.getItemLabelGenerator().apply(staff));
        test(nameField()).setValue("Stylist's calendar");
        test(createButton()).click();
        test(find(NewTokenDialog.class).single().done).click();

        assertThat(find(Span.class, find(TokenList.class).single()).all()).extracting(Span::getText)
                .contains("Acts as " + staff.name());
        assertThat(data.as(provider, () -> tokens.list()).getFirst().holder()).isEqualTo(staff.name());
    }

    @Test
    void providerCreatesATokenThatIsShownOnceAndWorks() {
        navigate(ApiAccessView.class);
        assertThat(find(TokenList.class).single().empty.isVisible()).isTrue();

        test(nameField()).setValue("Booking website");
        test(createButton()).click();

        NewTokenDialog dialog = find(NewTokenDialog.class).single();
        String token = dialog.value.getValue();
        assertThat(token).startsWith("clt_");
        assertThat(dialog.value.isReadOnly()).isTrue();
        assertThat(find(com.vaadin.flow.component.html.Pre.class, dialog).single().getText())
                .contains("Authorization: Bearer " + token, "/api/bookings/provider_dashboard/customers/");
        assertThat(verifier.verify(token, null)).isPresent();

        test(dialog.done).click();

        assertThat(find(NewTokenDialog.class).all()).isEmpty();
        assertThat(texts()).as("the token is nowhere on the page any more").noneMatch(text -> text.contains(token));
        assertThat(items()).hasSize(1);
        assertThat(texts()).contains("Booking website", token.substring(0, 12) + "…", "Never used");
        assertThat(nameField().getValue()).isEmpty();
        assertThat(find(TokenList.class).single().empty.isVisible()).isFalse();
    }

    @Test
    void aTokenWithoutANameIsRefusedOnTheField() {
        navigate(ApiAccessView.class);

        test(createButton()).click();

        assertThat(nameField().isInvalid()).isTrue();
        assertThat(nameField().getErrorMessage()).contains("Name the token");
        assertThat(find(NewTokenDialog.class).all()).isEmpty();
        assertThat(data.as(provider, () -> tokens.list())).isEmpty();
    }

    @Test
    void providerRevokesATokenAfterConfirmingAndItStopsWorking() {
        CreatedApiToken created = data.as(provider, () -> tokens.create("Old script"));
        navigate(ApiAccessView.class);

        test(find(Button.class).withClassName("token-revoke").single()).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).contains("Old script");
        test(confirm).confirm();

        assertThat(verifier.verify(created.token(), null)).isEmpty();
        assertThat(items().getFirst().getClassNames()).contains("revoked");
        assertThat(texts()).contains("Revoked").anyMatch(text -> text.startsWith("Revoked "));
        assertThat(find(Button.class).withClassName("token-revoke").all()).isEmpty();
    }

    @Test
    void cancellingTheConfirmationKeepsTheToken() {
        CreatedApiToken created = data.as(provider, () -> tokens.create("Keep me"));
        navigate(ApiAccessView.class);

        test(find(Button.class).withClassName("token-revoke").single()).click();
        test(find(ConfirmDialog.class).single()).cancel();

        assertThat(verifier.verify(created.token(), null)).isPresent();
    }

    @Test
    void theProviderPageSpeaksOfCustomers() {
        navigate(ApiAccessView.class);

        assertThat(texts()).anyMatch(text -> text.contains("reach your customers"))
                .noneMatch(text -> text.contains("provider accounts"));
    }

    @Test
    void adminCreatesATokenForTheAdminApi() {
        data.logout();
        data.login(DemoAccounts.ADMIN_EMAIL);
        try {
            navigate(ApiAccessView.class);
            assertThat(texts()).anyMatch(text -> text.contains("manage provider accounts"))
                    .noneMatch(text -> text.contains("your customers"));

            test(nameField()).setValue("Onboarding script");
            test(createButton()).click();

            NewTokenDialog dialog = find(NewTokenDialog.class).single();
            String token = dialog.value.getValue();
            assertThat(find(com.vaadin.flow.component.html.Pre.class, dialog).single().getText())
                    .contains("Authorization: Bearer " + token, "/api/admin/providers/")
                    .doesNotContain("provider_dashboard");
            assertThat(verifier.verify(token, null)).hasValueSatisfying(
                    verified -> assertThat(verified.account().role()).isEqualTo(Role.ADMIN));
            assertThat(ApiClient.at(port, token).get("/api/admin/providers/?page_size=1").status()).isEqualTo(200);
            test(dialog.done).click();
            assertThat(texts()).contains("Onboarding script");
        } finally {
            data.revokeAdminApiTokens();
        }
    }

    private TextField nameField() {
        return find(TextField.class).withClassName("token-name").single();
    }

    private Button createButton() {
        return find(Button.class).withText("Create token").single();
    }

    private List<ListItem> items() {
        return find(ListItem.class).withClassName("token-item").all();
    }

    private List<String> texts() {
        List<String> texts = new java.util.ArrayList<>();
        find(Span.class).all().forEach(span -> texts.add(span.getText()));
        find(TextField.class).all().forEach(field -> texts.add(field.getValue()));
        find(Component.class).all().forEach(component -> component.getElement().getTextRecursively()
                .lines().forEach(texts::add));
        return texts;
    }
}

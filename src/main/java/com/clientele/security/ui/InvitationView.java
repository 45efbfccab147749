package com.clientele.security.ui;

import com.clientele.base.ConflictException;
import com.clientele.base.InvalidInputException;
import com.clientele.base.ui.ErrorMessages;
import com.clientele.provider.InvitationCheck;
import com.clientele.provider.InvitationInvalidException;
import com.clientele.provider.InvitationLink;
import com.clientele.provider.InvitationState;
import com.clientele.provider.Invitations;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The page an invitation's link opens (SPEC §10): who invites the reader to which business as what,
 * and their password twice; or one clear message why the link cannot be used. It speaks the
 * browser's language. The token is taken out of the address bar once read.
 */
@Route(value = InvitationLink.ROUTE, autoLayout = false)
@AnonymousAllowed
public class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Invitations invitations;
    private final Div card = new Div();
    private @Nullable String token;

    public InvitationView(Invitations invitations) {
        this.invitations = invitations;
        addClassName("login-view");
        card.addClassName("reset-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.join.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter(InvitationLink.TOKEN_PARAMETER)
                .orElse(null);
        if (token != null) {
            event.getUI().getPage().getHistory().replaceState(null, InvitationLink.ROUTE);
        }
        InvitationCheck check = invitations.check(token);
        if (check.usable()) {
            showForm(check);
        } else {
            showInvalid(check);
        }
    }

    private void showForm(InvitationCheck check) {
        var form = new NewPasswordForm("team.join.submit");
        form.addSubmitListener(submit -> {
            try {
                invitations.accept(token, submit.password(), submit.password());
            } catch (InvalidInputException e) {
                Map<String, String> fields = ErrorMessages.fields(e);
                form.showProblem(fields.getOrDefault("password", String.join(" ", fields.values())));
                return;
            } catch (InvitationInvalidException e) {
                showInvalid(e.check());
                return;
            } catch (ConflictException e) {
                showProblem(ErrorMessages.text(e.text()));
                return;
            }
            showDone(check);
        });
        var offer = new Paragraph(getTranslation("team.join.offer", check.inviterName(), check.businessName(),
                getTranslation(roleKey(check)), check.email()));
        card.removeAll();
        card.add(new H1(getTranslation("team.join.heading", check.businessName())), offer, form,
                ForgotPasswordView.backToSignIn(this));
        form.focus();
    }

    private void showInvalid(InvitationCheck check) {
        token = null;
        String reason = check.state() == null ? getTranslation("team.join.invalid.unknown")
                : switch (check.state()) {
                    case EXPIRED -> getTranslation("team.join.invalid.expired", check.businessName());
                    case ACCEPTED -> getTranslation("team.join.invalid.accepted");
                    case REVOKED -> getTranslation("team.join.invalid.revoked", check.businessName());
                    case PENDING -> getTranslation("team.join.invalid.unknown");
                };
        showProblem(reason);
        if (check.state() == InvitationState.ACCEPTED) {
            card.add(new RouterLink(getTranslation("team.join.sign-in"), LoginView.class));
        }
    }

    private void showProblem(String reason) {
        var message = new Paragraph(reason);
        message.addClassName("notice");
        message.getElement().setAttribute("role", "alert");
        card.removeAll();
        card.add(new H1(getTranslation("team.join.invalid.heading")), message, ForgotPasswordView.backToSignIn(this));
    }

    private void showDone(InvitationCheck check) {
        token = null;
        var done = new Paragraph(getTranslation("team.join.done.text", check.businessName(), check.email()));
        done.addClassName("notice");
        done.getElement().setAttribute("role", "status");
        card.removeAll();
        card.add(new H1(getTranslation("team.join.done.heading")), done,
                new RouterLink(getTranslation("team.join.sign-in"), LoginView.class));
    }

    private static String roleKey(InvitationCheck check) {
        return check.role() == null ? "team.role." : check.role().labelKey();
    }
}

package com.clientele.security.ui;

import com.clientele.security.Roles;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The start page: sends each role to where its work is. */
@Route("")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(authentication.hasRole(Roles.ADMIN) ? "admin/providers" : "customers");
    }
}

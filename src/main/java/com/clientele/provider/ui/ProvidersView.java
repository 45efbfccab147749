package com.clientele.provider.ui;

import com.clientele.base.ui.ViewHeader;
import com.clientele.security.Roles;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("admin/providers")
@PageTitle("Provider accounts · Clientele")
@Menu(title = "Provider accounts", order = 10, icon = "vaadin:briefcase")
@RolesAllowed(Roles.ADMIN)
public class ProvidersView extends Main {

    public ProvidersView() {
        addClassName("view");
        add(new ViewHeader("Provider accounts"));
    }
}

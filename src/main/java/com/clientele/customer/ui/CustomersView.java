package com.clientele.customer.ui;

import com.clientele.base.ui.ViewHeader;
import com.clientele.security.Roles;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("customers")
@PageTitle("Customers · Clientele")
@Menu(title = "Customers", order = 1, icon = "vaadin:users")
@RolesAllowed(Roles.PROVIDER)
public class CustomersView extends Main {

    public CustomersView() {
        addClassName("view");
        add(new ViewHeader("Customers"));
    }
}

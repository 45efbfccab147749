package com.clientele.booking.ui;

import com.clientele.base.ui.ViewHeader;
import com.clientele.security.Roles;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("bookings")
@PageTitle("Bookings · Clientele")
@Menu(title = "Bookings", order = 2, icon = "vaadin:calendar")
@RolesAllowed(Roles.PROVIDER)
public class BookingsView extends Main {

    public BookingsView() {
        addClassName("view");
        add(new ViewHeader("Bookings"));
    }
}

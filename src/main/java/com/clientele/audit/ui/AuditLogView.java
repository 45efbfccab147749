package com.clientele.audit.ui;

import com.clientele.base.ui.ViewHeader;
import com.clientele.security.Roles;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("admin/audit")
@PageTitle("Audit log · Clientele")
@Menu(title = "Audit log", order = 11, icon = "vaadin:records")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends Main {

    public AuditLogView() {
        addClassName("view");
        add(new ViewHeader("Audit log"));
    }
}

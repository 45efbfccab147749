package com.clientele.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in user sees for an address that does not exist or that their role may not open
 * (Vaadin answers both as "not found", so nobody learns which routes exist): a plain page inside
 * the app's layout with a way back, in development and production mode alike, instead of
 * Vaadin's development page listing every route.
 */
@ParentLayout(MainLayout.class)
public class NotAvailableView extends RouteNotFoundError implements HasDynamicTitle {

    public NotAvailableView() {
        addClassName("not-available-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        var title = new H1(getTranslation("not-available.heading"));
        var text = new Paragraph(getTranslation("not-available.text"));
        var back = new Anchor("", getTranslation("not-available.back"));
        // the page's main landmark, as every view's own root is
        var content = new Main(title, text, back);
        content.addClassNames("view", "not-available");
        getElement().appendChild(content.getElement());
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The router sets the title after the error parameter, so a title set there was lost again. */
    @Override
    public String getPageTitle() {
        return getTranslation("not-available.page-title");
    }
}

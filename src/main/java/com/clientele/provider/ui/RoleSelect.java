package com.clientele.provider.ui;

import com.clientele.provider.TeamRole;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/** A team role to choose, each shown with its one-line description. */
class RoleSelect extends Select<TeamRole> {

    RoleSelect() {
        setLabel(getTranslation("team.field.role"));
        setItems(TeamRole.values());
        setItemLabelGenerator(role -> getTranslation(TeamTexts.role(role)));
        setRenderer(new ComponentRenderer<>(role -> {
            Span name = new Span(getTranslation(TeamTexts.role(role)));
            name.addClassName("role-option-name");
            Span description = new Span(getTranslation(TeamTexts.roleDescription(role)));
            description.addClassNames("role-option-description", "muted");
            Div option = new Div(name, description);
            option.addClassName("role-option");
            return option;
        }));
        addValueChangeListener(change -> setHelperText(change.getValue() == null ? null
                : getTranslation(TeamTexts.roleDescription(change.getValue()))));
    }
}

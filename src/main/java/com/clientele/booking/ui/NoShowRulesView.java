package com.clientele.booking.ui;

import com.clientele.base.Formats;
import com.clientele.base.InvalidInputException;
import com.clientele.base.ui.Actions;
import com.clientele.base.ui.BrowserTime;
import com.clientele.base.ui.ErrorMessages;
import com.clientele.base.ui.HiddenText;
import com.clientele.base.ui.Toasts;
import com.clientele.base.ui.ViewHeader;
import com.clientele.booking.NewRule;
import com.clientele.booking.NoShowRule;
import com.clientele.booking.NoShowRules;
import com.clientele.booking.RuleAction;
import com.clientele.booking.RuleCounts;
import com.clientele.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Where owners and managers set up no-show protection (SPEC 11): the late-cancellation cut-off and
 * the rules that flag or block customers who reach a number of no-shows or late cancellations.
 * The page says that a rule applies from its creation on.
 */
@Route("no-show-rules")
@Menu(title = "rules.menu", order = 14, icon = "vaadin:shield")
@RolesAllowed({Roles.OWNER, Roles.MANAGER})
public class NoShowRulesView extends Main implements HasDynamicTitle {

    private final transient NoShowRules rules;
    private final ZoneId zone;
    final IntegerField cutoff = new IntegerField();
    final Button saveCutoff = new Button();
    final Select<RuleCounts> counts = new Select<>();
    final IntegerField threshold = new IntegerField();
    final IntegerField withinDays = new IntegerField();
    final Select<RuleAction> action = new Select<>();
    final IntegerField blockDays = new IntegerField();
    final Button add = new Button(VaadinIcon.PLUS.create());
    final Grid<NoShowRule> grid = new Grid<>(NoShowRule.class, false);
    final Paragraph empty = new Paragraph();

    public NoShowRulesView(NoShowRules rules) {
        this.rules = rules;
        this.zone = BrowserTime.zone();
        addClassNames("view", "rules-view");
        Paragraph intro = new Paragraph(getTranslation("rules.intro"));
        intro.addClassName("muted");
        add(new ViewHeader(getTranslation("rules.title")), intro, cutoffSection(), newRuleSection(), rulesSection());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rules.page-title");
    }

    private Section cutoffSection() {
        cutoff.setLabel(getTranslation("rules.cutoff"));
        cutoff.setHelperText(getTranslation("rules.cutoff.help"));
        cutoff.setMin(1);
        cutoff.setMax(NoShowRules.CUTOFF_HOURS_MAX);
        cutoff.setStepButtonsVisible(true);
        cutoff.setWidth("16em");
        cutoff.setValue(rules.lateCancellationHours());
        saveCutoff.setText(getTranslation("rules.cutoff.save"));
        saveCutoff.addClickListener(click -> {
            cutoff.setInvalid(false);
            try {
                int hours = rules.changeLateCancellationHours(cutoff.getValue());
                Toasts.success(getTranslation("rules.cutoff.saved", hours));
            } catch (InvalidInputException e) {
                cutoff.setErrorMessage(ErrorMessages.text(e.text()));
                cutoff.setInvalid(true);
            }
        });
        Div row = new Div(cutoff, saveCutoff);
        row.addClassName("rules-cutoff");
        return section("rules.cutoff.title", row);
    }

    private Section newRuleSection() {
        counts.setLabel(getTranslation("rules.field.counts"));
        counts.setItems(RuleCounts.values());
        counts.setItemLabelGenerator(value -> getTranslation("rules.counts." + value.name()));
        counts.setValue(RuleCounts.NO_SHOWS);
        threshold.setLabel(getTranslation("rules.field.threshold"));
        threshold.setMin(1);
        threshold.setMax(NoShowRules.THRESHOLD_MAX);
        threshold.setValue(3);
        threshold.setStepButtonsVisible(true);
        withinDays.setLabel(getTranslation("rules.field.within-days"));
        withinDays.setMin(1);
        withinDays.setMax(NoShowRules.WITHIN_DAYS_MAX);
        withinDays.setValue(90);
        withinDays.setStepButtonsVisible(true);
        action.setLabel(getTranslation("rules.field.action"));
        action.setItems(RuleAction.values());
        action.setItemLabelGenerator(value -> getTranslation("rules.action-choice." + value.name()));
        action.setValue(RuleAction.BLOCK_FOR);
        action.addValueChangeListener(event -> blockDays.setVisible(event.getValue() == RuleAction.BLOCK_FOR));
        blockDays.setLabel(getTranslation("rules.field.block-days"));
        blockDays.setMin(1);
        blockDays.setMax(NoShowRules.BLOCK_DAYS_MAX);
        blockDays.setValue(30);
        blockDays.setStepButtonsVisible(true);
        add.setText(getTranslation("rules.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> addRule());
        FormLayout form = new FormLayout(counts, threshold, withinDays, action, blockDays);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        return section("rules.new", form, add);
    }

    private Section rulesSection() {
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(rule -> ErrorMessages.text(rule.describe()))
                .setHeader(getTranslation("rules.column.rule")).setFlexGrow(3);
        grid.addColumn(rule -> getTranslation("rules.added-by", Formats.date(rule.createdAt(), zone, getLocale()),
                rule.createdBy())).setHeader(getTranslation("rules.column.created")).setFlexGrow(2);
        grid.addComponentColumn(this::deleteButton).setHeader(HiddenText.of(getTranslation("rules.column.actions")))
                .setFlexGrow(0).setAutoWidth(true);
        empty.setText(getTranslation("rules.empty"));
        empty.addClassName("empty-state");
        return section("rules.list", grid, empty);
    }

    private Button deleteButton(NoShowRule rule) {
        Button delete = new Button(VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
        delete.setTooltipText(getTranslation("rules.delete"));
        delete.setAriaLabel(getTranslation("rules.delete.label", ErrorMessages.text(rule.condition())));
        delete.addClickListener(click -> Actions.run(() -> {
            rules.delete(rule.id());
            return rule;
        }, getTranslation("rules.deleted")).ifPresent(deleted -> refresh()));
        return delete;
    }

    private void addRule() {
        for (var field : List.of(threshold, withinDays, blockDays)) {
            field.setInvalid(false);
        }
        try {
            NoShowRule created = rules.create(new NewRule(counts.getValue(), threshold.getValue(),
                    withinDays.getValue(), action.getValue(),
                    action.getValue() == RuleAction.BLOCK_FOR ? blockDays.getValue() : null));
            Toasts.success(getTranslation("rules.added", ErrorMessages.text(created.condition()),
                    ErrorMessages.text(created.outcome())));
            refresh();
        } catch (InvalidInputException e) {
            showErrors(ErrorMessages.fields(e));
        } catch (RuntimeException e) {
            Toasts.error(ErrorMessages.text(ErrorMessages.of(e).orElseThrow(() -> e)));
        }
    }

    private void showErrors(Map<String, String> errors) {
        Map<String, IntegerField> fields = Map.of("threshold", threshold, "within_days", withinDays,
                "block_days", blockDays);
        errors.forEach((field, message) -> {
            IntegerField shown = fields.get(field);
            if (shown != null) {
                shown.setErrorMessage(message);
                shown.setInvalid(true);
            } else {
                Toasts.error(message);
            }
        });
    }

    void refresh() {
        List<NoShowRule> current = rules.list();
        grid.setItems(current);
        grid.setVisible(!current.isEmpty());
        empty.setVisible(current.isEmpty());
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... content) {
        H2 title = new H2(getTranslation(titleKey));
        title.addClassName("section-heading");
        Section section = new Section(title);
        section.addClassName("rules-section");
        section.add(content);
        return section;
    }
}

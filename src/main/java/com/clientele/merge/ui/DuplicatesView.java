package com.clientele.merge.ui;

import com.clientele.base.Formats;
import com.clientele.base.Phones;
import com.clientele.base.ui.Actions;
import com.clientele.base.ui.BrowserTime;
import com.clientele.base.ui.HiddenText;
import com.clientele.base.ui.ViewHeader;
import com.clientele.merge.DuplicateOrder;
import com.clientele.merge.DuplicatePair;
import com.clientele.merge.Duplicates;
import com.clientele.merge.MatchReason;
import com.clientele.merge.MergeRecord;
import com.clientele.merge.MergeService;
import com.clientele.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Possible duplicates (SPEC 12) for owners and managers: the pairs with their score and reasons,
 * most likely or newest first; "Compare and merge" opens the side-by-side merge, "Not the same
 * person" hides a pair for good. Below, the merges, each with its undo while it can be undone.
 */
@Route("duplicates")
@Menu(title = "duplicates.menu", order = 4, icon = "vaadin:copy")
@RolesAllowed({Roles.OWNER, Roles.MANAGER})
public class DuplicatesView extends Main implements HasDynamicTitle {

    static final int SHORT_LIST = 20;

    private final transient Duplicates duplicates;
    private final transient MergeService merges;
    private final transient Clock clock;
    private final ZoneId zone;
    final Select<DuplicateOrder> order = new Select<>();
    final Grid<DuplicatePair> pairs = new Grid<>(DuplicatePair.class, false);
    final Grid<MergeRecord> history = new Grid<>(MergeRecord.class, false);
    final Paragraph empty = new Paragraph();
    final Paragraph noMerges = new Paragraph();
    final H2 pairsTitle = new H2();
    final H2 historyTitle = new H2();

    public DuplicatesView(Duplicates duplicates, MergeService merges, Clock clock) {
        this.duplicates = duplicates;
        this.merges = merges;
        this.clock = clock;
        this.zone = BrowserTime.zone();
        addClassNames("view", "duplicates-view");
        Paragraph intro = new Paragraph(getTranslation("duplicates.intro", merges.undoWindow().toDays()));
        intro.addClassName("muted");
        pairsTitle.addClassName("section-heading");
        historyTitle.addClassName("section-heading");
        historyTitle.setText(getTranslation("duplicates.tab.history"));
        add(new ViewHeader(getTranslation("duplicates.title")), intro, pairsTitle, pairsContent(), historyTitle,
                historyContent());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("duplicates.page-title");
    }

    private Div pairsContent() {
        order.setLabel(getTranslation("duplicates.order"));
        order.setItems(DuplicateOrder.values());
        order.setItemLabelGenerator(value -> getTranslation("duplicates.order." + value.code()));
        order.setValue(DuplicateOrder.SCORE);
        order.addValueChangeListener(event -> refresh());
        pairs.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        pairs.addClassName("duplicates-grid");
        pairs.setAriaLabel(getTranslation("duplicates.grid.label"));
        // one card per pair: side by side on a wide screen, stacked on a phone (styles.css .duplicate-card)
        pairs.addComponentColumn(this::card).setHeader(getTranslation("duplicates.grid.header"));
        empty.setText(getTranslation("duplicates.empty"));
        empty.addClassName("empty-state");
        Div content = new Div(order, pairs, empty);
        content.addClassName("duplicates-pairs");
        return content;
    }

    private Div historyContent() {
        history.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addClassName("duplicates-grid");
        history.setAriaLabel(getTranslation("duplicates.history.label"));
        history.addComponentColumn(this::mergeCard).setHeader(getTranslation("duplicates.history.header"));
        noMerges.setText(getTranslation("duplicates.history.empty"));
        noMerges.addClassName("empty-state");
        return new Div(history, noMerges);
    }

    private Component card(DuplicatePair pair) {
        Div found = new Div(new Span(getTranslation("duplicates.found", Formats.date(pair.foundAt(), zone, getLocale()))));
        found.addClassName("muted");
        Div why = new Div(why(pair), found);
        Span same = new Span(getTranslation("duplicates.may-be"));
        same.addClassName("duplicate-may-be");
        Div card = new Div(side(pair.first()), same, side(pair.second()), why, pairActions(pair));
        card.addClassName("duplicate-card");
        return card;
    }

    private Component mergeCard(MergeRecord merge) {
        Span what = new Span(getTranslation("duplicates.history.what", merge.mergedName(), merge.survivorName()));
        what.addClassName("duplicate-name");
        Span when = new Span(getTranslation("duplicates.history.when",
                Formats.dateTime(merge.mergedAt(), zone, getLocale()), merge.mergedBy()));
        when.addClassName("muted");
        Div text = new Div(what, when, new Span(state(merge)));
        text.addClassName("duplicate-side");
        Div card = new Div(text);
        card.addClassName("merge-card");
        Component undo = undoButton(merge);
        if (undo != null) {
            card.add(undo);
        }
        return card;
    }

    private Component side(DuplicatePair.Side side) {
        Div box = new Div();
        box.addClassName("duplicate-side");
        Span name = new Span(side.name());
        name.addClassName("duplicate-name");
        box.add(name);
        if (side.email() != null) {
            box.add(line(side.email()));
        }
        if (side.phone() != null) {
            box.add(line(Phones.display(side.phone())));
        }
        return box;
    }

    private static Span line(String text) {
        Span line = new Span(text);
        line.addClassName("muted");
        return line;
    }

    private Component why(DuplicatePair pair) {
        Div why = new Div();
        why.addClassName("duplicate-why");
        Badge score = new Badge(getTranslation("duplicates.score", pair.score()));
        score.addThemeVariants(pair.score() >= 50 ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST, BadgeVariant.SMALL);
        score.getElement().setAttribute("title", getTranslation("duplicates.score.help"));
        why.add(score);
        for (MatchReason reason : pair.reasons()) {
            Badge badge = new Badge(getTranslation(reason.labelKey()));
            badge.addThemeVariants(BadgeVariant.SMALL);
            why.add(badge);
        }
        return why;
    }

    private Component pairActions(DuplicatePair pair) {
        Button merge = new Button(getTranslation("duplicates.merge"), VaadinIcon.CONNECT.create(),
                click -> new MergeDialog(merges, pair.first().relationId(), pair.second().relationId(), zone,
                        this::merged).open());
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        merge.setAriaLabel(getTranslation("duplicates.merge.label", pair.first().name(), pair.second().name()));
        Button dismiss = new Button(getTranslation("duplicates.dismiss"),
                click -> Actions.run(() -> {
                    duplicates.dismiss(pair.id());
                    return pair;
                }, getTranslation("duplicates.dismissed", pair.first().name(), pair.second().name()))
                        .ifPresent(done -> refresh()));
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        dismiss.setAriaLabel(getTranslation("duplicates.dismiss.label", pair.first().name(), pair.second().name()));
        Div actions = new Div(merge, dismiss);
        actions.addClassName("duplicate-actions");
        return actions;
    }

    private void merged() {
        refresh();
    }

    private String state(MergeRecord merge) {
        if (merge.undoneAt() != null) {
            return getTranslation("duplicates.history.undone", Formats.dateTime(merge.undoneAt(), zone, getLocale()),
                    merge.undoneBy());
        }
        if (merge.undoable(clock.instant())) {
            return getTranslation("duplicates.history.undoable", Formats.date(merge.undoUntil(), zone, getLocale()));
        }
        return getTranslation("duplicates.history.final");
    }

    private @Nullable Component undoButton(MergeRecord merge) {
        if (!merge.undoable(clock.instant())) {
            return null;
        }
        Button undo = new Button(getTranslation("duplicates.history.undo"), VaadinIcon.ARROW_BACKWARD.create());
        undo.addThemeVariants(ButtonVariant.LUMO_SMALL);
        undo.setAriaLabel(getTranslation("duplicates.history.undo.label", merge.mergedName(), merge.survivorName()));
        undo.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("duplicates.history.undo.header"));
            confirm.setText(getTranslation("duplicates.history.undo.text", merge.mergedName(), merge.survivorName()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("duplicates.cancel"));
            confirm.setConfirmText(getTranslation("duplicates.history.undo"));
            confirm.addConfirmListener(event -> Actions.run(() -> merges.undo(merge.id()),
                    getTranslation("duplicates.history.undone.toast", merge.mergedName())).ifPresent(done -> refresh()));
            confirm.open();
        });
        return undo;
    }

    void refresh() {
        DuplicateOrder sort = order.getValue() == null ? DuplicateOrder.SCORE : order.getValue();
        int count = duplicates.count();
        pairs.setItems(query -> duplicates.page(sort, query.getOffset(), Math.min(query.getLimit(), Duplicates.MAX_PAGE))
                .stream(), query -> count);
        // a short list takes its own room; a long one scrolls in a bounded grid, loading as it goes
        pairs.setAllRowsVisible(count <= SHORT_LIST);
        pairs.setVisible(count > 0);
        order.setVisible(count > 0);
        empty.setVisible(count == 0);
        pairsTitle.setText(getTranslation("duplicates.tab.pairs", count));
        int merged = merges.historyCount();
        history.setItems(query -> merges.history(query.getOffset(), Math.min(query.getLimit(), Duplicates.MAX_PAGE))
                .stream(), query -> merged);
        history.setAllRowsVisible(merged <= SHORT_LIST);
        history.setVisible(merged > 0);
        noMerges.setVisible(merged == 0);
    }
}

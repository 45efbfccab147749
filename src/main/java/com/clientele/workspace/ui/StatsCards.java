package com.clientele.workspace.ui;

import com.clientele.base.Formats;
import com.clientele.customer.CustomerStats;
import com.clientele.customer.MonthlyCount;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The five SPEC figures as cards, each explaining itself in a tooltip, and the new-customer trend;
 * numbers and month names in the reader's language.
 */
class StatsCards extends Div {

    private final Span total = new Span();
    private final Span regular = new Span();
    private final Span newThisMonth = new Span();
    private final Span rating = new Span();
    private final Span retention = new Span();
    private final Div trendBars = new Div();

    StatsCards() {
        addClassName("stats-cards");
        add(card("customers", total), card("regulars", regular), card("new", newThisMonth), card("rating", rating),
                card("retention", retention), trendCard());
    }

    void show(CustomerStats stats, List<MonthlyCount> trend) {
        Locale locale = ReaderFormats.locale(getLocale());
        total.setText(Formats.count(stats.totalCustomers(), locale));
        regular.setText(Formats.count(stats.regularCustomers(), locale));
        newThisMonth.setText(Formats.count(stats.newCustomersThisMonth(), locale));
        rating.setText(stats.averageRating() == null ? "–" : ReaderFormats.oneDecimal(stats.averageRating(), locale) + " ★");
        retention.setText(ReaderFormats.oneDecimal(stats.retentionRate(), locale) + " %");
        showTrend(trend, locale);
    }

    /** A figure's card: its title is {@code workspace.stats.<key>}, what it means {@code <key>.help}. */
    private Div card(String key, Span value) {
        String label = getTranslation("workspace.stats." + key);
        String explanation = getTranslation("workspace.stats." + key + ".help");
        Span title = new Span(label);
        title.addClassName("stat-label");
        value.addClassName("stat-value");
        value.setText("…");
        Div card = new Div(title, value);
        card.addClassName("stat-card");
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("aria-label", label + ". " + explanation);
        Tooltip.forComponent(card).withText(explanation);
        return card;
    }

    private Div trendCard() {
        Span title = new Span(getTranslation("workspace.stats.trend"));
        title.addClassName("stat-label");
        trendBars.addClassName("trend-bars");
        Div card = new Div(title, trendBars);
        card.addClassNames("stat-card", "trend-card");
        Tooltip.forComponent(card).withText(getTranslation("workspace.stats.trend.help"));
        return card;
    }

    private void showTrend(List<MonthlyCount> trend, Locale locale) {
        // "May 2026", "Mai 2026", "mayo de 2026": the language's own way to name a month of a year
        DateTimeFormatter monthOfYear = DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(locale);
        DateTimeFormatter initial = DateTimeFormatter.ofPattern("MMMMM", locale);
        trendBars.removeAll();
        long max = trend.stream().mapToLong(MonthlyCount::count).max().orElse(0);
        for (MonthlyCount month : trend) {
            Div bar = new Div();
            bar.addClassName("trend-bar");
            int percent = max == 0 ? 0 : (int) Math.round(100.0 * month.count() / max);
            bar.getStyle().set("height", Math.max(percent, month.count() > 0 ? 4 : 1) + "%");
            Span label = new Span(initial.format(month.month()));
            label.addClassName("trend-label");
            Div column = new Div(bar, label);
            column.addClassName("trend-column");
            String text = getTranslation("workspace.stats.trend.month", monthOfYear.format(month.month()),
                    month.count());
            column.setTitle(text);
            column.getElement().setAttribute("aria-label", text);
            trendBars.add(column);
        }
    }
}

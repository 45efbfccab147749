package com.clientele.workspace.ui;

import com.clientele.base.Formats;
import com.clientele.customer.CustomerStats;
import com.clientele.customer.MonthlyCount;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The five SPEC figures as cards, each explaining itself in a tooltip, and the new-customer trend. */
class StatsCards extends Div {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Formats.LOCALE);
    private static final DateTimeFormatter MONTH_SHORT = DateTimeFormatter.ofPattern("MMM", Formats.LOCALE);

    private final Span total = new Span();
    private final Span regular = new Span();
    private final Span newThisMonth = new Span();
    private final Span rating = new Span();
    private final Span retention = new Span();
    private final Div trendBars = new Div();

    StatsCards() {
        addClassName("stats-cards");
        add(card("Customers", total, "Everyone who has booked with you or was imported, blocked customers included."),
                card("Regulars", regular, "Customers with 5 or more bookings that were not cancelled."),
                card("New this month", newThisMonth,
                        "Customers whose first booking (not cancelled) falls in this calendar month, in your time zone."),
                card("Average rating", rating, "The mean of all review ratings your customers gave, 1 to 5."),
                card("Retention", retention,
                        "Of the customers with at least one booking, the share who booked at least twice."),
                trendCard());
    }

    void show(CustomerStats stats, List<MonthlyCount> trend) {
        total.setText(String.format(Formats.LOCALE, "%,d", stats.totalCustomers()));
        regular.setText(String.format(Formats.LOCALE, "%,d", stats.regularCustomers()));
        newThisMonth.setText(String.format(Formats.LOCALE, "%,d", stats.newCustomersThisMonth()));
        rating.setText(stats.averageRating() == null ? "–" : stats.averageRating().toPlainString() + " ★");
        retention.setText(stats.retentionRate().toPlainString() + " %");
        showTrend(trend);
    }

    private Div card(String label, Span value, String explanation) {
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
        Span title = new Span("New customers, last 12 months");
        title.addClassName("stat-label");
        trendBars.addClassName("trend-bars");
        Div card = new Div(title, trendBars);
        card.addClassNames("stat-card", "trend-card");
        Tooltip.forComponent(card)
                .withText("Customers by the month of their first booking (not cancelled), in your time zone.");
        return card;
    }

    private void showTrend(List<MonthlyCount> trend) {
        trendBars.removeAll();
        long max = trend.stream().mapToLong(MonthlyCount::count).max().orElse(0);
        for (MonthlyCount month : trend) {
            Div bar = new Div();
            bar.addClassName("trend-bar");
            int percent = max == 0 ? 0 : (int) Math.round(100.0 * month.count() / max);
            bar.getStyle().set("height", Math.max(percent, month.count() > 0 ? 4 : 1) + "%");
            Span label = new Span(MONTH_SHORT.format(month.month()).substring(0, 1));
            label.addClassName("trend-label");
            Div column = new Div(bar, label);
            column.addClassName("trend-column");
            String text = MONTH.format(month.month()) + ": " + month.count() + " new";
            column.setTitle(text);
            column.getElement().setAttribute("aria-label", text);
            trendBars.add(column);
        }
    }
}

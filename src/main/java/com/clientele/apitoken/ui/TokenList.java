package com.clientele.apitoken.ui;

import com.clientele.apitoken.ApiTokenSummary;
import com.clientele.base.Formats;
import com.clientele.base.ui.RelativeTime;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/**
 * The tokens, active first: name, first characters, when created and last used, and for a business
 * whom each acts as.
 */
class TokenList extends Div {

    private final Clock clock;
    private final Consumer<ApiTokenSummary> onRevoke;
    private final boolean showHolder;
    private final UnorderedList items = new UnorderedList();
    final Span empty = new Span();

    TokenList(Clock clock, Consumer<ApiTokenSummary> onRevoke, boolean showHolder) {
        this.clock = clock;
        this.onRevoke = onRevoke;
        this.showHolder = showHolder;
        addClassName("token-list");
        items.addClassName("token-items");
        empty.setText(getTranslation("apitoken.none"));
        empty.addClassName("empty-state");
        add(items, empty);
    }

    void show(List<ApiTokenSummary> tokens) {
        items.removeAll();
        empty.setVisible(tokens.isEmpty());
        Instant now = clock.instant();
        tokens.forEach(token -> items.add(item(token, now)));
    }

    private ListItem item(ApiTokenSummary token, Instant now) {
        Span name = new Span(token.name());
        name.addClassName("token-item-name");
        Badge status = new Badge(getTranslation(token.active() ? "apitoken.active" : "apitoken.revoked-badge"));
        status.addThemeVariants(token.active() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST, BadgeVariant.SMALL);
        Div title = new Div(name, status);
        title.addClassName("token-item-title");

        Span prefix = new Span(token.prefix() + "…");
        prefix.addClassName("token-prefix");
        Div meta = new Div(prefix);
        if (showHolder) {
            Span holder = new Span(getTranslation("apitoken.acts-as", token.holder()));
            holder.addClassName("token-holder-name");
            meta.add(holder);
        }
        meta.add(time("apitoken.created-at", token.createdAt(), now),
                token.lastUsedAt() == null ? new Span(getTranslation("apitoken.never-used"))
                        : time("apitoken.last-used", token.lastUsedAt(), now));
        if (!token.active()) {
            meta.add(time("apitoken.revoked-at", token.revokedAt(), now));
        }
        meta.addClassName("token-item-meta");

        Div text = new Div(title, meta);
        text.addClassName("token-item-text");
        ListItem item = new ListItem(text);
        item.addClassName("token-item");
        if (token.active()) {
            Button revoke = new Button(getTranslation("apitoken.revoke"), click -> onRevoke.accept(token));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setAriaLabel(getTranslation("apitoken.revoke.named", token.name()));
            revoke.addClassName("token-revoke");
            item.add(revoke);
        } else {
            item.addClassName("revoked");
        }
        return item;
    }

    private Span time(String key, Instant instant, Instant now) {
        Span span = new Span(getTranslation(key, RelativeTime.of(instant, now, this::getTranslation)));
        span.setTitle(Formats.dateTime(instant, ZoneOffset.UTC, getLocale()) + " UTC");
        return span;
    }
}

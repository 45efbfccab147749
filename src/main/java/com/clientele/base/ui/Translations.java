package com.clientele.base.ui;

import com.clientele.base.Language;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Vaadin's {@code getTranslation(key, args)} for every view, backed by Spring's message bundles
 * (one per module under {@code messages/}, listed in {@code spring.messages.basename}). A key
 * missing in a language falls back to English; a key missing everywhere shows as the key itself,
 * which the bundle test catches before it ships.
 */
@Component
public class Translations implements I18NProvider {

    private final MessageSource messages;

    Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params, key, Language.of(locale).locale());
    }
}

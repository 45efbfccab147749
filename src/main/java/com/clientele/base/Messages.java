package com.clientele.base;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link Text} in a language from the message bundles, outside a screen: the REST API's
 * answers and problems, files made for download. Screens use {@code getTranslation} instead.
 */
@Component
public class Messages {

    private final MessageSource messages;

    Messages(MessageSource messages) {
        this.messages = messages;
    }

    public String render(Text text, Language language) {
        return messages.getMessage(text.key(), text.args(), text.key(), language.locale());
    }

    public String render(Text text, Locale locale) {
        return render(text, Language.of(locale));
    }

    /** As the REST API's answers say it: in English. */
    public String english(Text text) {
        return render(text, Language.ENGLISH);
    }
}

package com.clientele.base.i18n;

import com.clientele.base.ConflictException;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The English of the services' texts, for tests that check what a person is told: rendered from
 * the application's own bundles, as the REST API renders them by default.
 */
public final class English {

    private static final ResourceBundleMessageSource MESSAGES = messages();

    private English() {
    }

    public static String of(Text text) {
        return MESSAGES.getMessage(text.key(), text.args(), text.key(), Locale.UK);
    }

    /** What the exception tells a person: each refused field with its text, or the conflict. */
    public static String of(Throwable error) {
        if (error instanceof InvalidInputException invalid) {
            return fields(invalid).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("; "));
        }
        if (error instanceof ConflictException conflict) {
            return of(conflict.text());
        }
        if (error instanceof NotFoundException notFound) {
            return of(notFound.text());
        }
        return error.getMessage();
    }

    public static List<String> all(List<Text> texts) {
        return texts.stream().map(English::of).toList();
    }

    public static Map<String, String> fields(InvalidInputException error) {
        Map<String, String> fields = new LinkedHashMap<>();
        error.errors().forEach((field, text) -> fields.put(field, of(text)));
        return fields;
    }

    private static ResourceBundleMessageSource messages() {
        try {
            ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
            messages.setBasenames(MessageBundlesTest.basenames().toArray(String[]::new));
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
            messages.setAlwaysUseMessageFormat(true);
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

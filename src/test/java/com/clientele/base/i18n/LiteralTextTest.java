package com.clientele.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No screen sets a user-visible text as a literal (SPEC §16): every text a view, dialog or
 * notification shows comes from the message bundles through {@code getTranslation}. Scans the
 * sources of every {@code ui} package for a string literal with a letter in it given to a
 * component constructor or a method that sets what a user reads or hears.
 */
class LiteralTextTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Calls whose string argument is read by users (shown, announced or used as a tooltip). */
    private static final Pattern LITERAL_TEXT = Pattern.compile("(?:"
            + "\\bnew\\s+(?:Span|Button|H[1-6]|Paragraph|Anchor|Checkbox|TextField|TextArea|EmailField|PasswordField"
            + "|NumberField|IntegerField|BigDecimalField|ComboBox|MultiSelectComboBox|Select|DatePicker|DateTimePicker"
            + "|TimePicker|NativeLabel|Details|Tab|SideNavItem|RouterLink|ConfirmDialog|ListItem|Emphasis|Strong"
            + "|Div|ViewHeader|Upload|RadioButtonGroup|CheckboxGroup|Notification)"
            + "|\\.(?:setText|setLabel|setTooltipText|setPlaceholder|setHelperText|setAriaLabel|setHeader"
            + "|setHeaderTitle|setErrorMessage|setTitle|setConfirmText|setCancelText|setRejectText|setSummaryText"
            + "|addItem|setEmptyStateText|setItemLabelGenerator)"
            + "|\\bNotification\\.show|\\bToasts\\.(?:success|error|info|warning)|@PageTitle"
            + ")\\s*\\(\\s*\"([^\"]*[\\p{L}][^\"]*)\"");

    private static final Pattern ARIA_OR_TITLE = Pattern.compile(
            "setAttribute\\(\\s*\"(?:aria-label|aria-description|title|alt)\"\\s*,\\s*\"([^\"]*[\\p{L}][^\"]*)\"");

    @Test
    void noScreenSetsALiteralText() throws IOException {
        assertThat(literals()).as("user-visible literals: take them from the bundles with getTranslation").isEmpty();
    }

    /** An exception's message is for logs (a message key, or a library's English): screens describe it. */
    @Test
    void noScreenShowsAnExceptionsMessage() throws IOException {
        Pattern message = Pattern.compile("\\b\\w+\\.getMessage\\(\\)");
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/ui/")).sorted().toList()) {
                Matcher matcher = message.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.computeIfAbsent(SOURCES.relativize(file).toString(), f -> new ArrayList<>()).add(matcher.group());
                }
            }
        }
        assertThat(found).as("show ErrorMessages.describe(e) instead").isEmpty();
    }

    @Test
    void theScanFindsALiteralWhereThereIsOne() {
        assertThat(LITERAL_TEXT.matcher("add(new Button(\"Save\", click -> save()));").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("field.setLabel(\n        \"E-mail\");").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("@PageTitle(\"Customers · Clientele\")").find()).isTrue();
        assertThat(ARIA_OR_TITLE.matcher("getElement().setAttribute(\"aria-label\", \"Main menu\")").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("new Button(getTranslation(\"save\"))").find()).isFalse();
        assertThat(LITERAL_TEXT.matcher("new Span(\"\")").find()).isFalse();
        assertThat(LITERAL_TEXT.matcher("new Span(\" · \")").find()).isFalse();
    }

    private static Map<String, List<String>> literals() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/ui/")).sorted().toList()) {
                String source = Files.readString(file);
                List<String> texts = new ArrayList<>();
                for (Pattern pattern : List.of(LITERAL_TEXT, ARIA_OR_TITLE)) {
                    Matcher matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        texts.add(matcher.group(1));
                    }
                }
                if (!texts.isEmpty()) {
                    found.put(SOURCES.relativize(file).toString(), texts);
                }
            }
        }
        return found;
    }
}

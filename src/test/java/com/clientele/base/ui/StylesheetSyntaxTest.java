package com.clientele.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.InputSource;
import org.junit.jupiter.api.Test;

/**
 * The app's stylesheet goes to the browser as written, and a browser silently drops or nests what
 * it cannot parse (an unclosed {@code @media} block once limited every later rule to phones).
 * A real CSS parser reads it here and every problem it reports fails the build.
 */
class StylesheetSyntaxTest {

    private static final Path STYLESHEET = Path.of("src/main/resources/META-INF/resources/styles.css");

    @Test
    void stylesheetParsesWithoutAnyProblem() throws IOException {
        String css = Files.readString(STYLESHEET, StandardCharsets.UTF_8);

        assertThat(problems(css)).isEmpty();
    }

    @Test
    void theCheckCatchesAnUnclosedMediaBlock() throws IOException {
        String css = """
                .a { color: red; }
                @media (max-width: 600px) {
                    .b { display: none; }
                .c { color: blue; }
                """;

        assertThat(problems(css)).isNotEmpty();
    }

    @Test
    void theCheckCatchesAMissingClosingBraceOfARule() throws IOException {
        assertThat(problems(".a { color: red;\n.b { color: blue; }\n")).isNotEmpty();
    }

    @Test
    void theCheckCatchesAnUnknownTokenInADeclaration() throws IOException {
        assertThat(problems(".a { color: red;; margin: 0 } .b { color: ; }")).isNotEmpty();
    }

    private static List<String> problems(String css) throws IOException {
        List<String> problems = new ArrayList<>();
        CSSOMParser parser = new CSSOMParser();
        parser.setErrorHandler(new CSSErrorHandler() {
            @Override
            public void warning(CSSParseException e) {
                problems.add("warning at line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(CSSParseException e) {
                problems.add("error at line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(CSSParseException e) {
                problems.add("fatal error at line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try (InputSource source = new InputSource(new StringReader(css))) {
            parser.parseStyleSheet(source, null);
        }
        return problems;
    }
}

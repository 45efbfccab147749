package com.clientele.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (src/test/resources/axe, see its README) on the page a browser shows and returns
 * what it found. Every rule of WCAG 2.0–2.2 A and AA, the best practices and the experimental rules
 * (label-content-name-mismatch is one) is on.
 */
final class AxeCheck {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice", "experimental");
    /** Vaadin's connection indicator: an invisible status line Vaadin puts on every page, not our content. */
    static final String NOT_OURS = "vaadin-connection-indicator";
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private static final String SOURCE = load();

    /** One element that breaks one rule. */
    record Finding(String page, String rule, String impact, String target, String summary) {

        boolean seriousOrCritical() {
            return FAILING_IMPACTS.contains(impact);
        }

        @Override
        public String toString() {
            return page + ": " + rule + " (" + impact + ") at " + target + " — " + summary;
        }
    }

    private AxeCheck() {
    }

    /** @param page how the findings name the page, e.g. "customers at 390 px" */
    @SuppressWarnings("unchecked")
    static List<Finding> run(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SOURCE);
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run({exclude: [[arguments[1]]]}, {runOnly: {type: 'tag', values: arguments[0]},
                        resultTypes: ['violations']})
                    .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,
                        nodes: v.nodes.map(n => ({target: JSON.stringify(n.target),
                            summary: (n.failureSummary || '').replace(/\\s+/g, ' ').trim()}))}))))
                    .catch(e => done('axe failed: ' + e));
                """, TAGS, NOT_OURS);
        if (result instanceof String error) {
            throw new AssertionError(error);
        }
        List<Finding> findings = new ArrayList<>();
        for (Map<String, Object> rule : (List<Map<String, Object>>) result) {
            for (Map<String, Object> node : (List<Map<String, Object>>) rule.get("nodes")) {
                findings.add(new Finding(page, (String) rule.get("id"), String.valueOf(rule.get("impact")),
                        (String) node.get("target"), (String) node.get("summary")));
            }
        }
        return findings;
    }

    private static String load() {
        try (InputStream in = AxeCheck.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

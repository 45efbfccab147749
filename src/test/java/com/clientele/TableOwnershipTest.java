package com.clientele;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module reads or writes another module's tables in SQL: it calls that module (STYLE.md). Each
 * table has one owning module; the SQL in every other module's sources may name only views, which
 * are a module's published face in the database (e.g. customer's {@code customer_reference}).
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/com/clientele");
    private static final Path CHANGESETS = Path.of("src/main/resources/db/changelog/changes");

    /** Every table of the schema and the module that owns it. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("account", "provider"),
            Map.entry("provider", "provider"),
            Map.entry("password_reset", "provider"),
            Map.entry("member", "provider"),
            Map.entry("member_invitation", "provider"),
            Map.entry("audit_entry", "audit"),
            Map.entry("api_token", "apitoken"),
            Map.entry("api_token_address", "apitoken"),
            Map.entry("activity_event", "activity"),
            Map.entry("customer", "customer"),
            Map.entry("provider_customer", "customer"),
            Map.entry("provider_customer_totals", "customer"),
            Map.entry("staff_customer", "customer"),
            Map.entry("staff_customer_totals", "customer"),
            Map.entry("booking", "booking"),
            Map.entry("review", "booking"),
            Map.entry("no_show_rule", "booking"),
            Map.entry("no_show_setting", "booking"),
            Map.entry("merged_relation", "customer"),
            Map.entry("duplicate_subject", "merge"),
            Map.entry("duplicate_pair", "merge"),
            Map.entry("duplicate_scan", "merge"),
            Map.entry("customer_merge", "merge"),
            Map.entry("customer_merge_row", "merge"),
            Map.entry("customer_message", "messaging"),
            Map.entry("webhook_endpoint", "webhook"),
            Map.entry("webhook_delivery", "webhook"),
            Map.entry("webhook_attempt", "webhook"),
            // Spring Modulith's event publication registry: written by the framework only
            Map.entry("event_publication", "-"),
            // ShedLock's locks of the scheduled jobs (base.jobs): written by the library only
            Map.entry("shedlock", "-"));

    private static final Pattern CREATED_TABLE = Pattern.compile(
            "CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_TABLE = Pattern.compile(
            "(?<!FOR\\s|KEY\\s)\\b(?:FROM|JOIN|UPDATE|INTO|TABLE)\\s+`?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRING_LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);

    @Test
    void everyTableOfTheSchemaHasAnOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(CHANGESETS)) {
            for (Path file : files.toList()) {
                Matcher table = CREATED_TABLE.matcher(Files.readString(file));
                while (table.find()) {
                    created.add(table.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(created).isNotEmpty();
        assertThat(OWNERS.keySet()).as("tables with an owner").containsAll(created);
    }

    @Test
    void noModuleNamesAnotherModulesTableInItsSql() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                String module = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                for (String table : namedTables(Files.readString(file))) {
                    String owner = OWNERS.get(table);
                    if (owner != null && !owner.equals(module)) {
                        violations.add(relative + " names " + table + " (owned by " + owner + ")");
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckFindsATableNamedInAnotherModulesSql() {
        assertThat(namedTables("String sql = \"SELECT pc.name FROM booking b JOIN provider_customer pc\""
                + " + \" ON pc.id = b.id FOR UPDATE\";")).containsExactly("booking", "provider_customer");
        assertThat(namedTables("var sql = \"\"\"\n  SELECT 1\n  FROM  review r\n  \"\"\";")).containsExactly("review");
    }

    /** The tables named in the SQL of one source file's string literals, joined as the code joins them. */
    static List<String> namedTables(String source) {
        StringBuilder sql = new StringBuilder();
        Matcher literal = STRING_LITERAL.matcher(source);
        while (literal.find()) {
            sql.append(literal.group(1) != null ? literal.group(1) : literal.group(2));
        }
        List<String> tables = new ArrayList<>();
        Matcher table = NAMED_TABLE.matcher(sql);
        while (table.find()) {
            tables.add(table.group(1).toLowerCase(Locale.ROOT));
        }
        return tables;
    }
}

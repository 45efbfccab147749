package com.clientele.booking.imports;

import com.clientele.base.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which column of the file holds which field; guessed from the header, then changed by the user. */
public final class ColumnMapping {

    /** Specific names before general ones: "first name" contains "name", too. */
    private static final List<ImportField> CONTAINS_ORDER = List.of(ImportField.EMAIL, ImportField.PHONE,
            ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.REFERENCE, ImportField.SERVICE, ImportField.TIME,
            ImportField.DATE, ImportField.DURATION, ImportField.PRICE, ImportField.STATUS, ImportField.NOTES, ImportField.STAFF,
            ImportField.NAME);

    private final ImportKind kind;
    private final Map<ImportField, Integer> columns;

    private ColumnMapping(ImportKind kind, Map<ImportField, Integer> columns) {
        this.kind = kind;
        this.columns = Collections.unmodifiableMap(columns);
    }

    public static ColumnMapping none(ImportKind kind) {
        return new ColumnMapping(kind, new EnumMap<>(ImportField.class));
    }

    /**
     * Maps the header's columns to fields by the names other tools use: exact names first ("E-mail",
     * "Phone number"), then names that contain one ("Mobile phone (private)").
     */
    public static ColumnMapping guess(ImportKind kind, List<String> header) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        Set<Integer> used = new HashSet<>();
        List<String> names = header.stream().map(ColumnMapping::simplified).toList();
        for (ImportField field : kind.fields()) {
            for (String alias : field.aliases()) {
                int column = names.indexOf(alias);
                if (column >= 0 && !used.contains(column) && !columns.containsKey(field)) {
                    columns.put(field, column);
                    used.add(column);
                }
            }
        }
        for (ImportField field : CONTAINS_ORDER) {
            if (!field.appliesTo(kind) || splitNameBesideAName(field, columns)) {
                continue;
            }
            for (int column = 0; column < names.size() && !columns.containsKey(field); column++) {
                String name = names.get(column);
                if (!used.contains(column)
                        && field.aliases().stream().anyMatch(alias -> alias.length() >= 4 && name.contains(alias))) {
                    columns.put(field, column);
                    used.add(column);
                }
            }
        }
        return new ColumnMapping(kind, columns);
    }

    /**
     * With a name column, "first …" and "last …" columns are something else (this application's own
     * export has first_booking and last_booking): only their exact names make them name parts.
     */
    private static boolean splitNameBesideAName(ImportField field, Map<ImportField, Integer> columns) {
        return (field == ImportField.FIRST_NAME || field == ImportField.LAST_NAME) && columns.containsKey(ImportField.NAME);
    }

    public ImportKind kind() {
        return kind;
    }

    public Optional<Integer> column(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public boolean has(ImportField field) {
        return columns.containsKey(field);
    }

    /** The same mapping with the field read from {@code column}, or from no column when null. */
    public ColumnMapping with(ImportField field, Integer column) {
        Map<ImportField, Integer> changed = new EnumMap<>(ImportField.class);
        changed.putAll(columns);
        if (column == null) {
            changed.remove(field);
        } else {
            changed.put(field, column);
        }
        return new ColumnMapping(kind, changed);
    }

    /** What must change before rows can be read: required fields without a column, shared columns. */
    public List<Text> problems(List<String> header) {
        List<Text> problems = new ArrayList<>();
        if (!has(ImportField.NAME) && !has(ImportField.FIRST_NAME) && !has(ImportField.LAST_NAME)) {
            problems.add(Text.of("imports.mapping.name"));
        }
        if (!has(ImportField.EMAIL) && !has(ImportField.PHONE)) {
            problems.add(Text.of("imports.mapping.email-or-phone"));
        }
        if (kind == ImportKind.BOOKINGS) {
            for (ImportField field : List.of(ImportField.SERVICE, ImportField.DATE, ImportField.PRICE,
                    ImportField.STATUS)) {
                if (!has(field)) {
                    problems.add(Text.of("imports.mapping.required", field.text()));
                }
            }
        }
        Map<Integer, ImportField> byColumn = new HashMap<>();
        columns.forEach((field, column) -> {
            ImportField other = byColumn.putIfAbsent(column, field);
            if (other != null) {
                problems.add(Text.of("imports.mapping.shared", header.get(column), other.text(), field.text()));
            }
        });
        return problems;
    }

    /** The file's columns that no field reads, by their header names: their values are not imported. */
    public List<String> notImported(List<String> header) {
        List<String> unused = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            if (!columns.containsValue(column)) {
                unused.add(header.get(column));
            }
        }
        return unused;
    }

    static String simplified(String headerName) {
        return headerName == null ? "" : headerName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    @Override
    public String toString() {
        return kind + " " + columns;
    }
}

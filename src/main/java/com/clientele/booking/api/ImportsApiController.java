package com.clientele.booking.api;

import com.clientele.base.InvalidInputException;
import com.clientele.base.Messages;
import com.clientele.base.Text;
import com.clientele.booking.imports.ColumnMapping;
import com.clientele.booking.imports.ImportField;
import com.clientele.booking.imports.ImportFile;
import com.clientele.booking.imports.ImportKind;
import com.clientele.booking.imports.ImportMode;
import com.clientele.booking.imports.ImportService;
import com.clientele.booking.imports.ImportSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CSV import over the API (SPEC 15, API parity): the same steps and service methods as the import
 * screen — {@link ImportService#read}, {@link ImportService#check} for a dry run,
 * {@link ImportService#start} for the import — and the same report. A thin adapter: the provider
 * scoping, the role check and every rule are in the service.
 */
@RestController
@RequestMapping(ImportsApiController.PATH)
@Tag(name = "Import", description = "Bring in customers or bookings from a CSV file")
class ImportsApiController {

    /** The provider dashboard API's prefix, which the import joins. */
    static final String PATH = "/api/bookings/provider_dashboard";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ImportService imports;
    private final Messages messages;

    ImportsApiController(ImportService imports, Messages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(path = "/imports/", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a CSV file", description = "Reads the file as the import screen does (UTF-8 with or"
            + " without BOM, else Windows-1252; comma, semicolon or tab; a header row; up to 10 MB), guesses which"
            + " column holds what from the header (change it with `columns`), checks every row and imports. Customers"
            + " are recognised by e-mail, else phone, and bookings by reference, so the same file imported twice"
            + " creates nothing twice. One import per provider at a time; the answer comes when it has finished.")
    @ApiResponse(responseCode = "200", description = "The import's report (or, with dry_run, what it would do)")
    @ApiResponse(responseCode = "400", description = "A parameter is wrong, the file cannot be read (not CSV, UTF-16,"
            + " no header, a quote not closed), or a required column is not chosen; `errors` names which",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "Another import of this provider is running",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "413", description = "The file is larger than 10 MB",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ImportReportResource importFile(
            @Parameter(description = "The CSV file", content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = "string", format = "binary")))
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            @Parameter(description = "What the file holds", schema = @Schema(allowableValues = {"customers",
                    "bookings"}, defaultValue = "customers")) @RequestParam(required = false) @Nullable String kind,
            @Parameter(description = "What to do with rows that cannot be imported: import the others and report them,"
                    + " or import nothing unless every row is valid", schema = @Schema(allowableValues = {
                    "skip-invalid", "all-or-nothing"}, defaultValue = "skip-invalid"))
            @RequestParam(required = false) @Nullable String mode,
            @Parameter(description = "Changes to the guessed columns, as a JSON object from field to the file's column"
                    + " name (null: not in the file), e.g. {\"notes\": \"Comments\", \"phone\": null}. Fields: name,"
                    + " first_name, last_name, email, phone, notes (customers); service, date, time, duration,"
                    + " price, status, reference, staff (bookings; a member of the team by name or e-mail)")
            @RequestParam(required = false) @Nullable String columns,
            @Parameter(description = "true: check every row and report, write nothing", schema = @Schema(
                    type = "boolean", defaultValue = "false"))
            @RequestParam(name = "dry_run", required = false) @Nullable String dryRun) throws IOException {
        Map<String, Text> errors = new LinkedHashMap<>();
        ImportKind importKind = parse(kind, ImportKind.CUSTOMERS, "kind", ImportKind.values(), errors);
        ImportMode importMode = parse(mode, ImportMode.SKIP_INVALID, "mode", ImportMode.values(), errors);
        boolean dry = parseBoolean(dryRun, errors);
        if (file == null || file.isEmpty() && file.getOriginalFilename() == null) {
            errors.put("file", Text.of("imports.api.file.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(ImportService.MAX_BYTES + 1);
        }
        if (content.length > ImportService.MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "The file is larger than "
                    + ImportService.MAX_BYTES / (1024 * 1024) + " MB. Split it into smaller files.");
        }
        ImportFile read = imports.read(importKind, file.getOriginalFilename(), content);
        ColumnMapping mapping = mapping(read, columns);
        List<Text> problems = mapping.problems(read.table().header());
        if (!problems.isEmpty()) {
            throw new InvalidInputException("columns", Text.joined(problems));
        }
        String modeCode = code(importMode);
        if (dry) {
            return ImportReportResource.checked(read, mapping, modeCode, imports.check(read, mapping), messages);
        }
        return ImportReportResource.imported(read, mapping, modeCode, finished(read, mapping, importMode),
                messages);
    }

    private ImportSummary finished(ImportFile file, ColumnMapping mapping, ImportMode mode) {
        try {
            return imports.start(file, mapping, mode, (done, total) -> {
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the import ran", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The guessed mapping with the changes asked for; a field or column that does not exist is named. */
    private static ColumnMapping mapping(ImportFile file, @Nullable String columns) {
        ColumnMapping mapping = file.guessedMapping();
        if (columns == null || columns.isBlank()) {
            return mapping;
        }
        JsonNode changes;
        try {
            changes = JSON.readTree(columns);
        } catch (JacksonException e) {
            throw new InvalidInputException("columns", "imports.api.columns.not-json");
        }
        if (changes == null || !changes.isObject()) {
            throw new InvalidInputException("columns", "imports.api.columns.not-object");
        }
        List<String> header = file.table().header();
        for (var entry : changes.properties()) {
            ImportField field = file.kind().fields().stream().filter(f -> code(f).equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("columns", "imports.api.columns.unknown-field", entry.getKey(),
                            code(file.kind()), String.join(", ",
                            file.kind().fields().stream().map(ImportsApiController::code).toList())));
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                mapping = mapping.with(field, null);
            } else if (value.isString() && header.contains(value.asString())) {
                mapping = mapping.with(field, header.indexOf(value.asString()));
            } else {
                throw new InvalidInputException("columns", "imports.api.columns.no-column", value.toString(),
                        entry.getKey(), String.join(", ", header));
            }
        }
        return mapping;
    }

    static String code(Enum<?> value) {
        String name = value.name().toLowerCase(Locale.ROOT);
        return value instanceof ImportField ? name : name.replace('_', '-');
    }

    private static <E extends Enum<E>> E parse(@Nullable String value, E fallback, String parameter, E[] values,
            Map<String, Text> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        for (E candidate : values) {
            if (code(candidate).equals(value.strip().toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        errors.put(parameter, Text.of("api.value.one-of", String.join(", ", Arrays.stream(values)
                .map(ImportsApiController::code).toList())));
        return fallback;
    }

    private static boolean parseBoolean(@Nullable String value, Map<String, Text> errors) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        errors.put("dry_run", Text.of("api.value.boolean"));
        return false;
    }
}

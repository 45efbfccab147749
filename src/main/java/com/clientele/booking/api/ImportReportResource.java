package com.clientele.booking.api;

import com.clientele.base.Messages;
import com.clientele.booking.RejectedRow;
import com.clientele.booking.imports.ColumnMapping;
import com.clientele.booking.imports.ImportCheck;
import com.clientele.booking.imports.ImportField;
import com.clientele.booking.imports.ImportFile;
import com.clientele.booking.imports.ImportSummary;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What an import did (or, as a dry run, would do), as the import screen reports it. */
@Schema(name = "ImportReport", description = "What the import did, or with dry_run what it would do")
record ImportReportResource(
        @JsonProperty("kind") @Schema(allowableValues = {"customers", "bookings"}) String kind,
        @JsonProperty("file_name") String fileName,
        @JsonProperty("mode") @Schema(allowableValues = {"skip-invalid", "all-or-nothing"}) String mode,
        @JsonProperty("dry_run") boolean dryRun,
        @JsonProperty("written") @Schema(description = "False for a dry run, and when all-or-nothing refused the"
                + " file") boolean written,
        @JsonProperty("rows") @Schema(description = "Rows in the file, header and blank lines not counted") int rows,
        @JsonProperty("valid_rows") @Schema(description = "Rows that can be imported") int validRows,
        @JsonProperty("created") @Schema(nullable = true, description = "Customers or bookings created; null in a"
                + " dry run") @Nullable Integer created,
        @JsonProperty("updated") @Schema(nullable = true, description = "Bookings changed, or known customers whose"
                + " notes the file added to") @Nullable Integer updated,
        @JsonProperty("unchanged") @Schema(nullable = true, description = "Rows already there: imported before or"
                + " repeated in the file") @Nullable Integer unchanged,
        @JsonProperty("new_customers") @Schema(nullable = true, description = "Customers a bookings import created")
        @Nullable Integer newCustomers,
        @JsonProperty("rejected_count") int rejectedCount,
        @JsonProperty("rejected") @Schema(description = "Rows that are (or would be) refused, by line; the header is"
                + " line 1") List<Rejected> rejected,
        @JsonProperty("columns") @Schema(description = "Which column of the file each field was read from")
        Map<String, String> columns,
        @JsonProperty("not_imported_columns") @Schema(description = "Columns of the file that no field reads")
        List<String> notImportedColumns,
        @JsonProperty("took_ms") @Schema(nullable = true) @Nullable Long tookMs) {

    @Schema(name = "RejectedRow")
    record Rejected(@JsonProperty("line") int line, @JsonProperty("reason") String reason) {

        static List<Rejected> of(List<RejectedRow> rows, Messages messages) {
            return rows.stream().map(row -> new Rejected(row.line(), messages.english(row.reason()))).toList();
        }
    }

    static ImportReportResource checked(ImportFile file, ColumnMapping mapping, String mode, ImportCheck check,
            Messages messages) {
        return new ImportReportResource(ImportsApiController.code(file.kind()), file.name(), mode, true, false,
                check.rows(), check.validRows(), null, null, null, null, check.problems().size(),
                Rejected.of(check.problems(), messages), columns(file, mapping),
                mapping.notImported(file.table().header()), null);
    }

    static ImportReportResource imported(ImportFile file, ColumnMapping mapping, String mode, ImportSummary summary,
            Messages messages) {
        return new ImportReportResource(ImportsApiController.code(file.kind()), file.name(), mode, false,
                summary.written(), summary.rows(), summary.rows() - summary.skipped(), summary.created(),
                summary.updated(), summary.unchanged(), summary.newCustomers(), summary.skipped(),
                Rejected.of(summary.rejected(), messages), columns(file, mapping), mapping.notImported(file.table().header()),
                summary.took().toMillis());
    }

    private static Map<String, String> columns(ImportFile file, ColumnMapping mapping) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (ImportField field : file.kind().fields()) {
            mapping.column(field).ifPresent(column -> columns.put(ImportsApiController.code(field),
                    file.table().header().get(column)));
        }
        return columns;
    }
}

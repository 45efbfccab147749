package com.clientele.booking.imports;

import com.clientele.booking.RejectedRow;
import java.time.Duration;
import java.util.List;

/**
 * How an import ended. {@code written} is false when nothing was written ("all or nothing" with a
 * refused row). {@code unchanged} counts rows already there: imported before or repeated in the file.
 */
public record ImportSummary(ImportKind kind, String fileName, int rows, boolean written, int created, int updated,
        int unchanged, int newCustomers, List<RejectedRow> rejected, Duration took) {

    public int skipped() {
        return rejected.size();
    }
}

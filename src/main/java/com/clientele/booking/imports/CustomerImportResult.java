package com.clientele.booking.imports;

import com.clientele.booking.RejectedRow;
import java.util.List;

/** What an import of customers did: customers created, rows of customers already known, rows refused. */
public record CustomerImportResult(int created, int unchanged, List<RejectedRow> rejected) {
}

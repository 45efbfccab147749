package com.clientele.booking.imports;

import com.clientele.booking.RejectedRow;
import java.util.List;

/**
 * What an import of customers did: customers created, known customers whose notes the file added to,
 * rows of customers already known (and unchanged), rows refused.
 */
public record CustomerImportResult(int created, int updated, int unchanged, List<RejectedRow> rejected) {
}

package com.clientele.booking.imports;

import com.clientele.base.Text;
import com.clientele.booking.RejectedRow;
import java.util.List;

/** Every row of a file checked against a mapping, before anything is written. */
public record ImportCheck(int rows, List<Text> mappingProblems, List<RejectedRow> problems) {

    public int validRows() {
        return rows - problems.size();
    }

    public boolean canImport() {
        return mappingProblems.isEmpty() && validRows() > 0;
    }
}

package com.clientele.booking.imports;

import com.clientele.customer.LookalikeCheck;

import com.clientele.base.Text;
import com.clientele.booking.RejectedRow;
import java.util.List;

/** Every row of a file checked against a mapping, before anything is written. */
public record ImportCheck(int rows, List<Text> mappingProblems, List<RejectedRow> problems,
        List<Lookalike> lookalikes) {

    /**
     * A row that would add a customer who looks like one the business has (SPEC 12): the import
     * still adds them; the pair then waits on the duplicates page.
     */
    public record Lookalike(int line, String name, LookalikeCheck.Lookalike existing) {
    }

    public int validRows() {
        return rows - problems.size();
    }

    public boolean canImport() {
        return mappingProblems.isEmpty() && validRows() > 0;
    }
}

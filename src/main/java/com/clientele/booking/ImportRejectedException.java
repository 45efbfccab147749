package com.clientele.booking;

import com.clientele.base.ConflictException;
import java.util.List;

/** An "all or nothing" import found rows it cannot take; nothing of the file was written. */
public class ImportRejectedException extends ConflictException {

    private final transient List<RejectedRow> rejected;

    public ImportRejectedException(List<RejectedRow> rejected) {
        super("Nothing was imported: " + rejected.size() + (rejected.size() == 1 ? " row has" : " rows have")
                + " a problem" + (rejected.isEmpty() ? "" : " (first: line " + rejected.getFirst().line() + ", "
                + rejected.getFirst().reason() + ")"));
        this.rejected = List.copyOf(rejected);
    }

    public List<RejectedRow> rejected() {
        return rejected;
    }
}

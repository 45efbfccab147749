package com.clientele.booking;

import com.clientele.base.ConflictException;
import com.clientele.base.Text;
import java.util.List;

/** An "all or nothing" import found rows it cannot take; nothing of the file was written. */
public class ImportRejectedException extends ConflictException {

    private final transient List<RejectedRow> rejected;

    public ImportRejectedException(List<RejectedRow> rejected) {
        super(rejected.isEmpty() ? Text.of("imports.rejected.none", 0)
                : Text.of("imports.rejected", rejected.size(), rejected.getFirst().line(), rejected.getFirst().reason()));
        this.rejected = List.copyOf(rejected);
    }

    public List<RejectedRow> rejected() {
        return rejected;
    }
}

package com.clientele.merge;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One merge of the business's history: who went into whom, when and by whom, until when it can be
 * undone, and whether it was.
 */
public record MergeRecord(long id, long survivorId, String survivorName, long mergedId, String mergedName,
        Instant mergedAt, String mergedBy, Instant undoUntil, @Nullable Instant undoneAt, @Nullable String undoneBy) {

    /** Whether an undo may still be asked for at {@code now} (the undo itself checks more). */
    public boolean undoable(Instant now) {
        return undoneAt == null && now.isBefore(undoUntil);
    }
}

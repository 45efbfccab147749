package com.clientele.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits long lists of ids or rows into chunks, so that an {@code IN (...)} list or a JDBC batch
 * stays a size the database handles well.
 */
public final class Chunks {

    /** The chunk size the writers and readers of this application use for IN lists and batches. */
    public static final int SIZE = 1_000;

    private Chunks() {
    }

    /** {@code all} in consecutive chunks of at most {@link #SIZE} elements (views, not copies). */
    public static <T> List<List<T>> of(Collection<T> all) {
        return of(all, SIZE);
    }

    /** {@code all} in consecutive chunks of at most {@code size} elements (views, not copies). */
    public static <T> List<List<T>> of(Collection<T> all, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1");
        }
        List<T> list = all instanceof List<T> given ? given : new ArrayList<>(all);
        List<List<T>> chunks = new ArrayList<>((list.size() + size - 1) / size);
        for (int from = 0; from < list.size(); from += size) {
            chunks.add(list.subList(from, Math.min(list.size(), from + size)));
        }
        return chunks;
    }
}

package com.clientele.booking;

/** Told how far a long import has come; called on the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> {
    };

    void update(long done, long total);
}

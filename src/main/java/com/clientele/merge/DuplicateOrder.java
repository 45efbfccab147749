package com.clientele.merge;

/** How the list of possible duplicates is sorted. */
public enum DuplicateOrder {
    /** The most likely first (then the newest). */
    SCORE("score", "p.score DESC, p.id DESC"),
    /** The most recently found first. */
    NEWEST("newest", "p.found_at DESC, p.id DESC");

    private final String code;
    private final String sql;

    DuplicateOrder(String code, String sql) {
        this.code = code;
        this.sql = sql;
    }

    public String code() {
        return code;
    }

    String sql() {
        return sql;
    }

    public static java.util.Optional<DuplicateOrder> ofCode(String code) {
        return java.util.Arrays.stream(values()).filter(order -> order.code.equals(code)).findFirst();
    }
}

package com.clientele.base;

import java.util.Map;

/** The thing asked for does not exist for the current user (another provider's data included). */
public class NotFoundException extends RuntimeException {

    private final Text text;
    private final Map<String, Object> hints;

    /** @param key the message saying what was not found, e.g. {@code customer.not-found} */
    public NotFoundException(String key) {
        this(key, Map.of());
    }

    /**
     * @param hints where to look instead, for the REST API's problem (e.g. {@code merged_into} and
     *     the id of the customer a merged-away one went into)
     */
    public NotFoundException(String key, Map<String, Object> hints) {
        super(key);
        this.text = Text.of(key);
        this.hints = Map.copyOf(hints);
    }

    public Text text() {
        return text;
    }

    public Map<String, Object> hints() {
        return hints;
    }
}

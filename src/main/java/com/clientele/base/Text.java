package com.clientele.base;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;

/**
 * A sentence for a person to read, kept as a message key and its arguments until it is shown, so
 * that each reader gets it in their own language (SPEC §16): screens render it with
 * {@code getTranslation}, the REST API in English or the request's {@code Accept-Language}. An
 * argument may itself be a {@code Text}; Spring's message source renders it first.
 */
public final class Text implements MessageSourceResolvable, Serializable {

    private final String key;
    private final Object[] args;

    private Text(String key, Object[] args) {
        this.key = key;
        this.args = args.clone();
    }

    public static Text of(String key, Object... args) {
        return new Text(key, args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Several texts read as one, separated by semicolons ("E-mail …: …; Phone …: …"). */
    public static Text joined(List<Text> parts) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        Text rest = joined(parts.subList(1, parts.size()));
        return of("text.joined", parts.getFirst(), rest);
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args();
    }

    @Override
    public String getDefaultMessage() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text text && key.equals(text.key) && Arrays.equals(args, text.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    /** The key and its arguments, for logs. */
    @Override
    public String toString() {
        return args.length == 0 ? key
                : key + Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }
}

package com.clientele.bench;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file in the default format of {@code LOAD DATA}: tab-separated, newline-terminated, backslash
 * escapes, {@code \N} for null. Instants are written as UTC wall-clock time, as the application
 * stores them.
 */
final class Tsv implements AutoCloseable {

    private final Path path;
    private final Writer out;
    private final char[] buffer = new char[1 << 16];
    private int used;
    private final char[] date = "0000-00-00 00:00:00".toCharArray();
    private boolean first = true;
    private long rows;

    Tsv(Path path) {
        this.path = path;
        try {
            this.out = new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    long rows() {
        return rows;
    }

    Tsv text(String value) {
        if (value == null) {
            return nul();
        }
        separate();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> write("\\\\");
                case '\t' -> write("\\t");
                case '\n' -> write("\\n");
                case '\r' -> write("\\r");
                default -> write(c);
            }
        }
        return this;
    }

    Tsv number(long value) {
        separate();
        write(Long.toString(value));
        return this;
    }

    Tsv bool(boolean value) {
        return number(value ? 1 : 0);
    }

    /** An amount of money in cents, as a decimal with two places. */
    Tsv cents(long cents) {
        separate();
        write(Long.toString(cents / 100));
        write('.');
        long rest = cents % 100;
        if (rest < 10) {
            write('0');
        }
        write(Long.toString(rest));
        return this;
    }

    /** Seconds since the epoch as a DATETIME in UTC. */
    Tsv time(long epochSecond) {
        separate();
        long days = Math.floorDiv(epochSecond, 86_400L);
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
        java.time.LocalDate day = java.time.LocalDate.ofEpochDay(days);
        put(0, day.getYear(), 4);
        put(5, day.getMonthValue(), 2);
        put(8, day.getDayOfMonth(), 2);
        put(11, secondOfDay / 3600, 2);
        put(14, secondOfDay / 60 % 60, 2);
        put(17, secondOfDay % 60, 2);
        for (char c : date) {
            write(c);
        }
        return this;
    }

    Tsv nul() {
        separate();
        write("\\N");
        return this;
    }

    void end() {
        write('\n');
        first = true;
        rows++;
    }

    @Override
    public void close() {
        try {
            out.write(buffer, 0, used);
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            date[at + i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private void separate() {
        if (!first) {
            write('\t');
        }
        first = false;
    }

    private void write(String text) {
        for (int i = 0; i < text.length(); i++) {
            write(text.charAt(i));
        }
    }

    private void write(char c) {
        if (used == buffer.length) {
            try {
                out.write(buffer, 0, used);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            used = 0;
        }
        buffer[used++] = c;
    }
}

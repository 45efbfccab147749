package com.clientele.booking;

/** A row of an imported file that was not taken, and why. */
public record RejectedRow(int line, String reason) {
}

package com.clientele.booking;

import com.clientele.base.Text;

/** A row of an imported file that was not taken, and why (in the reader's language when shown). */
public record RejectedRow(int line, Text reason) {
}

package com.clientele.base.ui;

import java.time.Duration;
import java.time.Instant;

/** "just now", "5 min ago", "3 h ago", "2 days ago", "in 3 days". */
public final class RelativeTime {

    private RelativeTime() {
    }

    public static String of(Instant instant, Instant now) {
        Duration age = Duration.between(instant, now);
        boolean future = age.isNegative();
        long seconds = Math.abs(age.toSeconds());
        String amount;
        if (seconds < 45) {
            return "just now";
        } else if (seconds < 3_600) {
            amount = Math.max(1, Math.round(seconds / 60.0)) + " min";
        } else if (seconds < 86_400) {
            amount = Math.round(seconds / 3_600.0) + " h";
        } else if (seconds < 30 * 86_400L) {
            long days = Math.round(seconds / 86_400.0);
            amount = days + (days == 1 ? " day" : " days");
        } else if (seconds < 365 * 86_400L) {
            long months = Math.round(seconds / (30 * 86_400.0));
            amount = months + (months == 1 ? " month" : " months");
        } else {
            long years = Math.round(seconds / (365 * 86_400.0));
            amount = years + (years == 1 ? " year" : " years");
        }
        return future ? "in " + amount : amount + " ago";
    }
}

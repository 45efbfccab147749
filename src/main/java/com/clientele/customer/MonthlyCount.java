package com.clientele.customer;

import java.time.YearMonth;

/** How many customers had their first booking in a month (provider's time zone). */
public record MonthlyCount(YearMonth month, long count) {
}

package com.clientele.customer;

import java.util.List;
import java.util.stream.Collectors;

/** A provider whose stored totals ({@link CustomerTotals}) disagree with its relations. */
public record TotalsMismatch(long providerId, List<FigureDifference> differences) {

    public String describe() {
        return "totals of provider " + providerId + ": " + differences.stream()
                .map(d -> d.figure() + " stored " + d.stored() + ", expected " + d.expected())
                .collect(Collectors.joining("; "));
    }
}

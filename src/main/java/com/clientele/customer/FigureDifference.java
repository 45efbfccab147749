package com.clientele.customer;

/** One stored figure that disagrees with what it should be, both as text ("none" for no value). */
public record FigureDifference(String figure, String stored, String expected) {
}

package com.clientele.customer.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page in the seed's (Django REST framework's) shape. */
record PageResource<T>(
        @JsonProperty("count") @Schema(description = "How many items all pages hold together") long count,
        @JsonProperty("next") @Schema(nullable = true, description = "Absolute URL of the next page; null on the last")
        String next,
        @JsonProperty("previous") @Schema(nullable = true, description = "Absolute URL of the previous page; null on"
                + " the first") String previous,
        @JsonProperty("results") List<T> results) {
}

package com.clientele.merge;

import com.clientele.customer.CustomerDetails;
import com.clientele.customer.MergedFields;

/** Both customers side by side and what a merge with these choices would leave on the survivor. */
public record MergePreview(CustomerDetails survivor, CustomerDetails other, MergeChoices choices, MergedFields result) {
}

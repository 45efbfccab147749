package com.clientele.provider;

import org.jspecify.annotations.Nullable;

/**
 * A provider account just created.
 *
 * @param generatedPassword the generated first password, in clear text this once; null when the admin chose it
 */
public record CreatedProvider(long providerId, @Nullable String generatedPassword) {
}

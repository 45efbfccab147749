package com.clientele.provider;

import com.clientele.base.Language;

/** An owner of a business as a notice is addressed to them: name, sign-in address and language. */
public record OwnerContact(String name, String email, Language language) {
}

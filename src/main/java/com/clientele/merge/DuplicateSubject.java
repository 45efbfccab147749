package com.clientele.merge;

import com.clientele.base.SearchKey;
import com.clientele.customer.RelationContact;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One customer as the duplicate check reads them: the name folded (lower case, no accents, single
 * spaces), the e-mail without case, "+tag" and, for Gmail, dots (which Gmail ignores), its domain,
 * the E.164 phone and its last six digits. Stored in {@code duplicate_subject} with the contact
 * data as entered, which the duplicates page shows.
 */
record DuplicateSubject(long relationId, String name, @Nullable String email, @Nullable String phone,
        String nameKey, @Nullable String emailKey, @Nullable String domain, @Nullable String phoneSuffix) {

    static final int SUFFIX_DIGITS = 6;

    static DuplicateSubject of(RelationContact contact) {
        return of(contact.relationId(), contact.name(), contact.email(), contact.phone());
    }

    static DuplicateSubject of(long relationId, String name, @Nullable String email, @Nullable String phone) {
        // punctuation goes too, so the key starts with a letter or digit (DuplicateFinder reads by initial)
        String nameKey = SearchKey.of(name.strip()).replaceAll("[\\s\\p{Punct}]+", " ").strip();
        if (nameKey.length() > 200) {
            nameKey = nameKey.substring(0, 200);
        }
        String emailKey = emailKey(email);
        String domain = emailKey == null ? null : emailKey.substring(emailKey.indexOf('@') + 1);
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        String suffix = digits.length() >= SUFFIX_DIGITS + 2 ? digits.substring(digits.length() - SUFFIX_DIGITS) : null;
        return new DuplicateSubject(relationId, name, email, phone, nameKey, emailKey, domain, suffix);
    }

    /** The e-mail as the check compares it: {@code Jane.Doe+salon@GMail.com} reads {@code janedoe@gmail.com}. */
    static @Nullable String emailKey(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return address;
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        if (domain.equals("googlemail.com")) {
            domain = "gmail.com";
        }
        if (domain.equals("gmail.com")) {
            local = local.replace(".", "");
        }
        return local + "@" + domain;
    }
}

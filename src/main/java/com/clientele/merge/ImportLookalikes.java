package com.clientele.merge;

import com.clientele.base.Emails;
import com.clientele.base.Phones;
import com.clientele.base.Text;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.LookalikeCheck;
import com.clientele.provider.ProviderDirectory;
import com.clientele.security.CurrentUser;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@link LookalikeCheck} with the duplicates page's rules: the business's customers are read once
 * into a {@link DuplicateIndex}, and each contact is matched in memory, so a file of thousands of
 * rows costs one query.
 */
@Component
class ImportLookalikes implements LookalikeCheck {

    private final DuplicateFinder finder;
    private final CurrentUser currentUser;
    private final ProviderDirectory providers;

    ImportLookalikes(DuplicateFinder finder, CurrentUser currentUser, ProviderDirectory providers) {
        this.finder = finder;
        this.currentUser = currentUser;
        this.providers = providers;
    }

    @Override
    public Map<Integer, Lookalike> find(List<CustomerContact> contacts) {
        long providerId = currentUser.providerId();
        String region = providers.profile(providerId).country();
        List<DuplicateSubject> all = finder.all(providerId);
        DuplicateIndex index = new DuplicateIndex(all);
        Map<Long, DuplicateSubject> byId = new LinkedHashMap<>();
        all.forEach(subject -> byId.put(subject.relationId(), subject));
        Map<Integer, Lookalike> found = new LinkedHashMap<>();
        for (int i = 0; i < contacts.size(); i++) {
            int position = i;
            subject(contacts.get(i), region).ifPresent(subject -> {
                Map<Long, DuplicateMatch> matches = index.matches(subject);
                if (matches.keySet().stream().map(byId::get).anyMatch(customer -> known(subject, customer))) {
                    return; // the import books this contact onto a customer the business has
                }
                matches.entrySet().stream().max(Comparator.comparingInt(entry -> entry.getValue().score()))
                        .ifPresent(best -> found.put(position, lookalike(best, byId)));
            });
        }
        return found;
    }

    /** Whether the import books the contact onto this customer rather than create one (as CustomerDirectory matches). */
    private static boolean known(DuplicateSubject contact, DuplicateSubject customer) {
        return contact.email() != null ? contact.email().equals(customer.email())
                : contact.phone() != null && contact.phone().equals(customer.phone());
    }

    private static Lookalike lookalike(Entry<Long, DuplicateMatch> best, Map<Long, DuplicateSubject> byId) {
        return new Lookalike(best.getKey(), byId.get(best.getKey()).name(), best.getValue().score(),
                best.getValue().reasons().stream().map(reason -> Text.of(reason.labelKey())).toList());
    }

    /** The contact as the customer it would become; empty when it cannot be read (the check reports that). */
    private static Optional<DuplicateSubject> subject(CustomerContact contact, String region) {
        if (contact.name() == null || contact.name().isBlank()) {
            return Optional.empty();
        }
        try {
            String email = Emails.normalise(contact.email());
            String phone = Phones.normalise(contact.phone(), region).orElse(null);
            return Optional.of(DuplicateSubject.of(0, contact.name().strip(), email, phone));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}

package com.clientele.customer;

import com.clientele.base.Text;
import java.util.List;
import java.util.Map;

/**
 * The duplicate check (SPEC 12) for contacts not yet stored: which of them would become new
 * customers of the current business that look like one it has. The import asks before it writes;
 * the merge module answers with the same rules its duplicates page uses.
 */
public interface LookalikeCheck {

    /**
     * @return by position in {@code contacts}, the existing customer each new one looks most like;
     *     contacts that name an existing customer (same e-mail, or same phone without e-mail), that
     *     look like nobody, or that cannot be read are left out
     */
    Map<Integer, Lookalike> find(List<CustomerContact> contacts);

    /** An existing customer a contact looks like, with the score (0-100) and the reasons' labels. */
    record Lookalike(long relationId, String name, int score, List<Text> reasons) {
    }
}

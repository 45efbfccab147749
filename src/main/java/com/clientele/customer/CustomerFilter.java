package com.clientele.customer;

import com.clientele.base.InvalidInputException;
import com.clientele.base.Phones;
import com.clientele.base.Sql;

/**
 * Which of a provider's customers to show: a search over name, e-mail and phone, and a status.
 * Both optional.
 */
public record CustomerFilter(String search, CustomerStatus status) {

    public static final int SEARCH_MAX = 100;
    public static final CustomerFilter ALL = new CustomerFilter(null, null);

    public CustomerFilter {
        search = search == null || search.isBlank() ? null : search.strip();
        if (search != null && search.length() > SEARCH_MAX) {
            throw new InvalidInputException("search", "Search for at most " + SEARCH_MAX + " characters");
        }
    }

    /**
     * The LIKE pattern for the search column, or null without a search. A term made of digits and
     * phone punctuation is searched as digits, so "(020) 7946-09" finds "+44 20 7946 0958".
     */
    String searchPattern() {
        if (search == null) {
            return null;
        }
        String digits = Phones.digits(search);
        boolean phoneLike = search.matches("[0-9+()./\\s-]+") && digits.length() >= 3;
        return Sql.containsPattern(phoneLike ? digits : search);
    }
}

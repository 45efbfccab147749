package com.clientele.base.api;

import com.clientele.base.InvalidInputException;
import com.clientele.base.Text;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The seed's page-number paging, for every paged list of the API: {@code page} from 1,
 * {@code page_size} up to 100, and pages with links to their neighbours
 * (absolute on the trusted origin, see {@link ApiLinks}).
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Records bad values in {@code errors}; the result is only meaningful when there are none. */
    public static Paging parse(String page, String pageSize, Map<String, Text> errors) {
        int number = number("page", page, 1, errors);
        int size = number("page_size", pageSize, DEFAULT_SIZE, errors);
        if (!errors.containsKey("page") && number < 1) {
            errors.put("page", Text.of("api.page.from-one"));
        }
        if (!errors.containsKey("page_size") && (size < 1 || size > MAX_SIZE)) {
            errors.put("page_size", Text.of("api.value.between", 1, MAX_SIZE));
        }
        return new Paging(number, size);
    }

    private static int number(String name, String value, int absent, Map<String, Text> errors) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.put(name, Text.of("api.value.whole-number"));
            return absent;
        }
    }

    /** @throws InvalidInputException when the page is past the last one (page 1 always exists) */
    public void requireWithin(long count) {
        long pages = Math.max(1, (count + size - 1) / size);
        if (page > pages) {
            throw new InvalidInputException("page", "api.page.past-last", size, pages);
        }
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** The page with links to its neighbours, keeping the other parameters. */
    public <T> PageResource<T> resource(long count, List<T> results, Map<String, String> query) {
        boolean last = (long) page * size >= count;
        return new PageResource<>(count, last ? null : link(query, page + 1), page == 1 ? null : link(query, page - 1),
                results);
    }

    private String link(Map<String, String> query, int target) {
        UriComponentsBuilder url = ApiLinks.currentRequestUri();
        // Form-encoded by hand: a "+" in a search term ("+44 20") must not come back as a space.
        query.forEach((name, value) -> url.queryParam(name, URLEncoder.encode(value, StandardCharsets.UTF_8)));
        url.queryParam("page", target).queryParam("page_size", size);
        return url.build(true).toUriString();
    }
}

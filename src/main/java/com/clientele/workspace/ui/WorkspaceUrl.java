package com.clientele.workspace.ui;

import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workspace's search, status and reliability filters and sort as URL query parameters, with the API's names
 * ({@code ?search=ann&status=regular&reliability_below=70&ordering=-total_spent}), so a view can be bookmarked and shared.
 * Unknown values in a hand-edited URL fall back to the defaults.
 */
class WorkspaceUrl {

    private volatile CustomerFilter filter = CustomerFilter.ALL;
    private volatile CustomerOrder order = CustomerOrder.DEFAULT;
    private UI ui;
    private String path = "customers";
    /** The query the address bar shows, as this class writes it. */
    private String shown = "";

    CustomerFilter filter() {
        return filter;
    }

    CustomerOrder order() {
        return order;
    }

    void setFilter(CustomerFilter filter) {
        this.filter = filter;
    }

    void setOrder(CustomerOrder order) {
        this.order = order;
    }

    void attach(UI ui) {
        this.ui = ui;
    }

    void read(Location location) {
        path = location.getPath();
        Map<String, List<String>> params = location.getQueryParameters().getParameters();
        String search = first(params, "search");
        if (search != null && search.length() > CustomerFilter.SEARCH_MAX) {
            search = search.substring(0, CustomerFilter.SEARCH_MAX);
        }
        CustomerStatus status = CustomerStatus.fromCode(first(params, "status")).orElse(null);
        filter = new CustomerFilter(search, status, null, reliabilityBelow(first(params, "reliability_below")));
        order = CustomerOrder.parse(first(params, "ordering")).orElse(CustomerOrder.DEFAULT);
        shown = query().getQueryString();
    }

    /**
     * Makes the current state a new entry of the browser history ({@code pushState}: the view stays,
     * the search field keeps its focus), so that Back undoes the change: the router then navigates
     * to the earlier address, which {@link #read} restores.
     *
     * @return false when the address already shows this state (nothing to do)
     */
    boolean push() {
        String query = query().getQueryString();
        if (ui == null || query.equals(shown)) {
            return false;
        }
        shown = query;
        ui.getPage().getHistory().pushState(null, current());
        return true;
    }

    /** The address that shows the current state. */
    Location current() {
        return new Location(path, query());
    }

    QueryParameters query() {
        Map<String, String> params = new LinkedHashMap<>();
        if (filter.search() != null) {
            params.put("search", filter.search());
        }
        if (filter.status() != null) {
            params.put("status", filter.status().code());
        }
        if (filter.reliabilityBelow() != null) {
            params.put("reliability_below", String.valueOf(filter.reliabilityBelow()));
        }
        if (!order.equals(CustomerOrder.DEFAULT)) {
            params.put("ordering", order.code());
        }
        return QueryParameters.simple(params);
    }

    /** A percentage of 1 to 100 from the address; anything else is no filter. */
    private static Integer reliabilityBelow(String value) {
        try {
            int percent = value == null ? 0 : Integer.parseInt(value.strip());
            return percent >= 1 && percent <= 100 ? percent : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}

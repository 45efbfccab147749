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
 * The workspace's search, status filter and sort as URL query parameters, with the API's names
 * ({@code ?search=ann&status=regular&ordering=-total_spent}), so a view can be bookmarked and shared.
 * Unknown values in a hand-edited URL fall back to the defaults.
 */
class WorkspaceUrl {

    private volatile CustomerFilter filter = CustomerFilter.ALL;
    private volatile CustomerOrder order = CustomerOrder.DEFAULT;
    private UI ui;
    private String path = "customers";

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
        filter = new CustomerFilter(search, status);
        order = CustomerOrder.parse(first(params, "ordering")).orElse(CustomerOrder.DEFAULT);
    }

    /** Puts the current state into the address bar without a navigation. */
    void push() {
        if (ui != null) {
            ui.getPage().getHistory().replaceState(null, new Location(path, query()));
        }
    }

    QueryParameters query() {
        Map<String, String> params = new LinkedHashMap<>();
        if (filter.search() != null) {
            params.put("search", filter.search());
        }
        if (filter.status() != null) {
            params.put("status", filter.status().code());
        }
        if (!order.equals(CustomerOrder.DEFAULT)) {
            params.put("ordering", order.code());
        }
        return QueryParameters.simple(params);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}

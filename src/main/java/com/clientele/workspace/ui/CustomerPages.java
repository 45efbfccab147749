package com.clientele.workspace.ui;

import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerRow;
import com.clientele.customer.CustomerService;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The grid's pages of customers. The grid asks for rows by offset; this remembers the last row of
 * each page it fetched, and fetches a page that starts at or after a remembered row by seeking to
 * that row (keyset) instead of counting every row above it. Scrolling down a long list so costs
 * the same at row 40,000 as at the top; only a jump far past anything seen yet counts rows.
 *
 * <p>What it remembers belongs to one filter and order, and must be forgotten when the data
 * changes ({@link #forget}), as rows may then have moved.
 */
class CustomerPages {

    /** A few dozen rows: enough to page back and forth, small in the session. */
    static final int REMEMBERED = 32;

    private final CustomerService customers;
    private final TreeMap<Integer, CustomerRow> rowBefore = new TreeMap<>();
    private CustomerFilter filter;
    private CustomerOrder order;

    CustomerPages(CustomerService customers) {
        this.customers = customers;
    }

    List<CustomerRow> fetch(CustomerFilter filter, CustomerOrder order, int offset, int limit) {
        if (!Objects.equals(filter, this.filter) || !Objects.equals(order, this.order)) {
            forget();
            this.filter = filter;
            this.order = order;
        }
        Map.Entry<Integer, CustomerRow> from = offset == 0 ? null : rowBefore.floorEntry(offset);
        List<CustomerRow> rows = from == null ? customers.list(filter, order, offset, limit)
                : customers.listAfter(filter, order, from.getValue(), offset - from.getKey(), limit);
        if (!rows.isEmpty()) {
            rowBefore.put(offset + rows.size(), rows.getLast());
            while (rowBefore.size() > REMEMBERED) {
                // drop whichever end is farther from this page
                int far = Math.abs(rowBefore.firstKey() - offset) > Math.abs(rowBefore.lastKey() - offset)
                        ? rowBefore.firstKey() : rowBefore.lastKey();
                rowBefore.remove(far);
            }
        }
        return rows;
    }

    /** Forgets every remembered row: the next fetches count from the top again. */
    void forget() {
        rowBefore.clear();
    }
}

package com.clientele.workspace.ui;

import com.clientele.activity.ActivityEntry;
import com.clientele.customer.CustomerTimeline;
import com.clientele.activity.LiveUpdates;
import com.clientele.base.ui.SkipTarget;
import com.clientele.base.ui.ViewHeader;
import com.clientele.booking.BookingHistory;
import com.clientele.booking.BookingHistoryEntry;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.CustomerExport;
import com.clientele.customer.CustomerPermissions;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerStatistics;
import com.clientele.messaging.MessageService;
import com.clientele.messaging.MessageSummary;
import com.clientele.provider.ProviderProfile;
import com.clientele.security.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The provider's customers workspace (SPEC 4): stats, recent activity and the customer list with
 * search, status filter, sorting, row actions and CSV export. Search, filter and sort live in the
 * URL, and the page follows changes made anywhere else within a second or so (server push).
 */
@Route("customers")
@Menu(title = "workspace.menu", order = 1, icon = "vaadin:users")
@RolesAllowed(Roles.PROVIDER)
public class CustomersView extends Main implements BeforeEnterObserver, HasDynamicTitle, CustomerDataSource,
        SkipTarget {

    static final int RECENT_ACTIVITY = 20;
    /** Entries of the recent activity shown whole beside the stats; the others on request. */
    static final int RECENT_SHOWN = 3;

    private final CustomerService customers;
    private final CustomerStatistics statistics;
    private final CustomerTimeline activity;
    private final BookingHistory history;
    private final MessageService messages;
    private final transient LiveUpdates liveUpdates;
    private final Clock clock;
    private final ProviderProfile profile;
    private final CustomerPermissions permissions;
    private final StatsCards stats = new StatsCards();
    private final CustomerFilterBar filterBar = new CustomerFilterBar();
    private final ActivityList recent = new ActivityList(getTranslation("workspace.activity.empty"), RECENT_SHOWN);
    private final CustomerGrid grid;
    private final CustomerPages pages;
    private final CustomerActions actions;
    private final WorkspaceUrl url = new WorkspaceUrl();
    private final Span resultCount = new Span();
    private CustomerDetailsDialog openDetails;
    private Runnable unsubscribe;
    private boolean restoring;

    public CustomersView(CustomerService customers, CustomerStatistics statistics, CustomerExport export,
            CustomerTimeline activity, BookingHistory history, MessageService messages, LiveUpdates liveUpdates,
            Clock clock) {
        this.customers = customers;
        this.statistics = statistics;
        this.activity = activity;
        this.history = history;
        this.messages = messages;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
        this.profile = customers.profile();
        this.permissions = customers.permissions();
        this.actions = new CustomerActions(customers, messages, row -> openDetails(row.relationId()), this::refresh);
        this.grid = new CustomerGrid(profile, actions, permissions);
        this.pages = new CustomerPages(customers);
        addClassNames("view", "customers-view");

        grid.setItems(query -> pages.fetch(url.filter(), CustomerGrid.orderOf(query.getSortOrders()),
                query.getOffset(), query.getLimit()).stream(), query -> showCount(customers.count(url.filter())));
        // Each change the user makes is a history entry that Back undoes (the router then enters
        // this view again with the earlier address); the debounced search makes one per settled term.
        grid.addSortListener(e -> {
            if (!restoring) {
                url.setOrder(grid.currentOrder());
                url.push();
            }
        });
        filterBar.addChangeListener(e -> filterBar.filter().ifPresent(filter -> {
            if (!restoring) {
                url.setFilter(filter);
                url.push();
                pages.forget();
                grid.getDataProvider().refreshAll();
            }
        }));

        resultCount.addClassName("result-count");
        resultCount.getElement().setAttribute("aria-live", "polite");
        filterBar.add(resultCount, new ColumnChooser(grid));
        Aside aside = new Aside(ActivityList.heading(getTranslation("workspace.activity.title")), recent);
        aside.addClassName("customers-aside");
        Div top = new Div(stats, aside);
        top.addClassName("customers-top");
        ViewHeader header = new ViewHeader(getTranslation("workspace.title"));
        if (permissions.export()) {
            header.withActions(new ExportLink(export, url));
        }
        add(header, top, filterBar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        url.read(event.getLocation());
        restoring = true;
        try {
            filterBar.show(url.filter());
            grid.showOrder(url.order());
        } finally {
            restoring = false;
        }
        refresh();
    }

    /** Reloads stats, activity, the list and an open details dialog. */
    void refresh() {
        stats.show(statistics.stats(), statistics.newCustomersPerMonth(12));
        recent.show(activity.recent(RECENT_ACTIVITY), clock.instant(), profile.timeZone(),
                entry -> openDetails(entry.relationId()));
        pages.forget();
        grid.getDataProvider().refreshAll();
        if (openDetails != null && openDetails.isOpened()) {
            openDetails.refresh();
        }
    }

    /** "1,234 customers" beside the filters; the grid asks for the count whenever the list changes. */
    private int showCount(int count) {
        resultCount.setText(getTranslation("workspace.result-count", count));
        return count;
    }

    // The search is the workspace's main task: one skip link away, past the stats and the activity.
    @Override
    public String skipLabel() {
        return getTranslation("workspace.skip-to-search");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title");
    }

    @Override
    public void focusSkipTarget() {
        filterBar.search.focus();
    }

    CustomerActions actions() {
        return actions;
    }

    WorkspaceUrl url() {
        return url;
    }

    private void openDetails(long relationId) {
        openDetails = new CustomerDetailsDialog(relationId, this, profile, clock, actions, permissions);
        openDetails.open();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        url.attach(ui);
        // The refresh may run on whichever thread next holds this session's lock (even another
        // user's, when an admin ends this session): it always runs as this view's user.
        SecurityContext viewer = SecurityContextHolder.getContext();
        unsubscribe = liveUpdates.subscribe(() -> ui.access(() ->
                new DelegatingSecurityContextRunnable(this::refresh, viewer).run()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    // CustomerDataSource: what the details dialog reads.

    @Override
    public CustomerDetails details(long relationId) {
        return customers.details(relationId);
    }

    @Override
    public List<BookingHistoryEntry> bookings(long customerId, int offset, int limit) {
        return history.bookings(customerId, offset, limit);
    }

    @Override
    public int countBookings(long customerId) {
        return history.countBookings(customerId);
    }

    @Override
    public List<BookingHistoryEntry> reviews(long customerId) {
        return history.reviews(customerId, 100);
    }

    @Override
    public List<MessageSummary> messages(long customerId) {
        return messages.forCustomer(customerId);
    }

    @Override
    public List<ActivityEntry> timeline(long customerId) {
        return activity.forCustomer(customerId, 200);
    }
}

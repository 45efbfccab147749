package com.clientele.workspace.api;

import com.clientele.customer.CustomerTimeline;
import com.clientele.base.InvalidInputException;
import com.clientele.customer.CustomerStatistics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The seed's dashboard figures: customer stats and the recent activity timeline. */
@RestController
@RequestMapping(ProviderDashboard.PATH)
@Tag(name = "Dashboard", description = "The provider's customer figures and recent activity")
class DashboardApiController {

    static final int DEFAULT_ACTIVITY = 20;
    static final int MAX_ACTIVITY = 100;

    private final CustomerStatistics statistics;
    private final CustomerTimeline activity;

    DashboardApiController(CustomerStatistics statistics, CustomerTimeline activity) {
        this.statistics = statistics;
        this.activity = activity;
    }

    @GetMapping("/customer_stats/")
    @Operation(summary = "Customer stats", description = "Total, regular and new-this-month customers, the average"
            + " rating and the retention rate.")
    StatsResource stats() {
        return StatsResource.of(statistics.stats());
    }

    @GetMapping("/recent_customer_activity/")
    @Operation(summary = "Recent customer activity", description = "The latest events over all customers, newest"
            + " first.")
    List<ActivityResource> recentActivity(
            @Parameter(description = "How many events, 1 to 100 (default 20)") @RequestParam(required = false)
            Integer limit) {
        int count = limit == null ? DEFAULT_ACTIVITY : limit;
        if (count < 1 || count > MAX_ACTIVITY) {
            throw new InvalidInputException("limit", "api.value.between", 1, MAX_ACTIVITY);
        }
        return activity.recent(count).stream().map(ActivityResource::of).toList();
    }
}

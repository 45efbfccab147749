package com.clientele.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.base.NotFoundException;
import com.clientele.customer.CustomerTimeline;
import com.clientele.customer.TeamWorkspace;
import com.clientele.customer.TeamWorkspace.Team;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The recent activity and a customer's timeline by role (SPEC §10): a staff member reads only the
 * events of their own customers, and none of the business-wide lines (an imported file), which are
 * about anyone's customers; the others read everything of the business.
 */
@IntegrationTest
class TeamActivityTest {

    @Autowired
    TeamWorkspace workspace;
    @Autowired
    TestData data;
    @Autowired
    CustomerTimeline timeline;
    @Autowired
    ActivityLog activityLog;
    @Autowired
    TransactionTemplate transactions;

    Team team;

    @BeforeEach
    void setUp() {
        team = workspace.create();
        data.as(team.owner(), () -> transactions.executeWithoutResult(status -> activityLog.recordImport(
                ActivitySummary.asWritten("customers.csv: 3 customers"), ActivityType.CUSTOMER_IMPORTED,
                Map.of(team.customer("Bob"), ActivitySummary.asWritten("Imported")))));
    }

    @Test
    void staffMemberReadsOnlyTheirOwnCustomersEvents() {
        List<ActivityEntry> recent = data.as(team.staff(), () -> timeline.recent(100));

        assertThat(recent).hasSize(4).allSatisfy(entry -> assertThat(entry.relationId())
                .isIn(team.relation("Anna"), team.relation("Cara")));
        assertThat(recent).extracting(ActivityEntry::type).containsOnly(ActivityType.BOOKING_CREATED);
    }

    @Test
    void everyOtherRoleReadsTheWholeBusinessIncludingTheImport() {
        for (var member : List.of(team.owner(), team.manager(), team.frontDesk())) {
            List<ActivityEntry> recent = data.as(member, () -> timeline.recent(100));
            assertThat(recent).as(member.role().name()).extracting(ActivityEntry::type)
                    .contains(ActivityType.FILE_IMPORTED, ActivityType.BLOCKED, ActivityType.FAVORITED);
            assertThat(recent.stream().map(ActivityEntry::relationId).filter(Objects::nonNull).distinct())
                    .hasSize(5);
        }
    }

    @Test
    void anotherStaffMembersCustomersTimelineIsNotFound() {
        assertThat(data.as(team.staff(), () -> timeline.forCustomer(team.customer("Cara"), 50))).hasSize(2);
        for (String name : List.of("Bob", "Dan")) {
            assertThatThrownBy(() -> data.as(team.staff(), () -> timeline.forCustomer(team.customer(name), 50)))
                    .as(name).isInstanceOf(NotFoundException.class);
            assertThat(data.as(team.staff(), () -> activityLog.forCustomer(team.customer(name), 50)))
                    .as("the log itself reads nothing of them either").isEmpty();
        }
        assertThat(data.as(team.frontDesk(), () -> timeline.forCustomer(team.customer("Bob"), 50)))
                .extracting(ActivityEntry::type).contains(ActivityType.BOOKING_CREATED, ActivityType.CUSTOMER_IMPORTED);
    }
}

package com.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.base.InvalidInputException;
import com.clientele.customer.TeamWorkspace.Team;
import com.clientele.provider.TeamRole;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees which customers in the list, its count, search, keyset pages, the stats, the trend, the
 * booking picker's suggestions and the export (SPEC §10): a staff member exactly their own, every
 * other role all of the business's; the {@code staff} filter for those who see all.
 */
@IntegrationTest
class TeamCustomerListTest {

    @Autowired
    TeamWorkspace workspace;
    @Autowired
    TestData data;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerStatistics statistics;
    @Autowired
    CustomerSuggestions suggestions;
    @Autowired
    CustomerExport export;

    Team team;

    @BeforeEach
    void setUp() {
        team = workspace.create();
    }

    @Test
    void staffMemberListsCountsAndPagesTheirOwnCustomersOnly() {
        assertThat(listed(team.staff(), CustomerFilter.ALL)).containsExactlyInAnyOrderElementsOf(team.relations("Anna", "Cara"));
        assertThat(listed(team.otherStaff(), CustomerFilter.ALL))
                .containsExactlyInAnyOrderElementsOf(team.relations("Bob", "Cara"));
        assertThat(data.as(team.staff(), () -> customers.count(CustomerFilter.ALL))).isEqualTo(2);
        assertThat(data.as(team.staff(), () -> customers.listDetails(CustomerFilter.ALL, CustomerOrder.DEFAULT, 0, 50)))
                .extracting(CustomerDetails::relationId).containsExactlyInAnyOrderElementsOf(team.relations("Anna", "Cara"));

        CustomerOrder byName = new CustomerOrder(CustomerSort.NAME, false);
        List<CustomerRow> first = data.as(team.staff(), () -> customers.list(CustomerFilter.ALL, byName, 0, 1));
        List<CustomerRow> next = data.as(team.staff(), () -> customers.listAfter(CustomerFilter.ALL, byName,
                first.getFirst(), 0, 10));
        assertThat(first).extracting(CustomerRow::name).containsExactly("Anna Staffed");
        assertThat(next).extracting(CustomerRow::name).as("Bob is not theirs").containsExactly("Cara Shared");
    }

    @Test
    void staffMemberSearchFindsOnlyTheirOwnCustomers() {
        String tag = "t" + team.business().id();
        assertThat(listed(team.staff(), new CustomerFilter(tag, null)))
                .containsExactlyInAnyOrderElementsOf(team.relations("Anna", "Cara"));
        assertThat(data.as(team.staff(), () -> customers.count(new CustomerFilter(tag, null)))).isEqualTo(2);
        assertThat(data.as(team.staff(), () -> customers.count(new CustomerFilter("anna", null)))).isEqualTo(1);
        assertThat(listed(team.staff(), new CustomerFilter("Bob Other", null))).isEmpty();
        assertThat(data.as(team.staff(), () -> customers.count(new CustomerFilter("Dan", null)))).isZero();
        assertThat(data.as(team.staff(), () -> customers.count(new CustomerFilter(tag, CustomerStatus.RETURNING))))
                .isEqualTo(2);
        assertThat(listed(team.staff(), new CustomerFilter(null, CustomerStatus.RETURNING)))
                .containsExactlyInAnyOrderElementsOf(team.relations("Anna", "Cara"));
    }

    @Test
    void everyOtherRoleSeesTheWholeBusiness() {
        for (TestMember member : List.of(team.owner(), team.manager(), team.frontDesk())) {
            assertThat(listed(member, CustomerFilter.ALL)).as(member.role().name())
                    .containsExactlyInAnyOrderElementsOf(team.relations("Anna", "Bob", "Cara", "Dan", "Eve"));
            assertThat(data.as(member, () -> statistics.stats().totalCustomers())).isEqualTo(5);
        }
    }

    @Test
    void staffMembersStatsAndTrendCoverTheirOwnCustomers() {
        CustomerStats own = data.as(team.staff(), () -> statistics.stats());
        assertThat(own.totalCustomers()).isEqualTo(2);
        assertThat(own.regularCustomers()).isZero();
        assertThat(own.retentionRate()).as("Anna and Cara both came back").isEqualByComparingTo(new BigDecimal("100.0"));

        CustomerStats all = data.as(team.owner(), () -> statistics.stats());
        assertThat(all.totalCustomers()).isEqualTo(5);
        assertThat(all.retentionRate()).isEqualByComparingTo(new BigDecimal("40.0"));

        long ownNew = data.as(team.staff(), () -> statistics.newCustomersPerMonth(12)).stream()
                .mapToLong(MonthlyCount::count).sum();
        long allNew = data.as(team.owner(), () -> statistics.newCustomersPerMonth(12)).stream()
                .mapToLong(MonthlyCount::count).sum();
        assertThat(ownNew).isEqualTo(2);
        assertThat(allNew).isEqualTo(5);
    }

    @Test
    void theBookingPickerOffersAStaffMemberTheirOwnCustomersOnly() {
        assertThat(data.as(team.staff(), () -> suggestions.search("", 0, 50)))
                .extracting(CustomerSuggestion::relationId).containsExactlyElementsOf(team.relations("Anna", "Cara"));
        assertThat(data.as(team.staff(), () -> suggestions.search("Bob", 0, 50))).isEmpty();
        assertThat(data.as(team.frontDesk(), () -> suggestions.search("", 0, 50))).hasSize(5);
    }

    @Test
    void ownersAndManagersFilterByAStaffMember() {
        CustomerFilter staffs = CustomerFilter.ALL.withStaffMember(team.staff().memberId());
        for (TestMember member : List.of(team.owner(), team.manager(), team.frontDesk())) {
            assertThat(listed(member, staffs)).as(member.role().name())
                    .containsExactlyInAnyOrderElementsOf(team.relations("Anna", "Cara"));
            assertThat(data.as(member, () -> customers.count(staffs))).isEqualTo(2);
        }
        CustomerFilter bobsFriend = new CustomerFilter("Bob", null, team.otherStaff().memberId());
        assertThat(listed(team.owner(), bobsFriend)).containsExactly(team.relation("Bob"));
        assertThat(data.as(team.owner(), () -> customers.count(bobsFriend))).isEqualTo(1);
        assertThat(listed(team.owner(), CustomerFilter.ALL.withStaffMember(team.owner().memberId())))
                .as("nobody booked with the owner").isEmpty();
    }

    @Test
    void filteringByAnotherBusinesssMemberOrAsStaffIsRefused() {
        Team other = workspace.create();
        CustomerFilter foreign = CustomerFilter.ALL.withStaffMember(other.staff().memberId());
        assertThatThrownBy(() -> data.as(team.owner(), () -> customers.count(foreign)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get("staff").key()).isEqualTo("customer.error.staff.unknown"));
        assertThatThrownBy(() -> data.as(team.owner(), () -> listed(team.owner(), foreign)))
                .isInstanceOf(InvalidInputException.class);
        CustomerFilter own = CustomerFilter.ALL.withStaffMember(team.staff().memberId());
        assertThatThrownBy(() -> data.as(team.staff(), () -> customers.list(own, CustomerOrder.DEFAULT, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyOwnersAndManagersExport() {
        for (TestMember member : List.of(team.staff(), team.frontDesk())) {
            assertThatThrownBy(() -> data.as(member, () -> export.write(CustomerFilter.ALL, CustomerOrder.DEFAULT,
                    new ByteArrayOutputStream()))).as(member.role().name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> data.as(member, () -> export.fileName())).isInstanceOf(AccessDeniedException.class);
        }
        String csv = exported(team.manager(), CustomerFilter.ALL);
        assertThat(csv.lines()).hasSize(6);
        assertThat(csv).contains(TeamWorkspace.DAN_NOTES);
        String staffs = exported(team.owner(), CustomerFilter.ALL.withStaffMember(team.staff().memberId()));
        assertThat(staffs.lines()).hasSize(3);
        assertThat(staffs).contains("Anna Staffed", "Cara Shared").doesNotContain("Bob Other");
    }

    @Test
    void anotherBusinesssStaffMemberSeesNoneOfTheseCustomers() {
        Team other = workspace.create();
        assertThat(listed(other.staff(), CustomerFilter.ALL))
                .containsExactlyInAnyOrderElementsOf(other.relations("Anna", "Cara"))
                .doesNotContainAnyElementsOf(team.relations("Anna", "Bob", "Cara", "Dan", "Eve"));
        assertThat(data.as(other.staff(), () -> suggestions.search("t" + team.business().id(), 0, 50))).isEmpty();
        assertThat(team.staff().role()).isEqualTo(TeamRole.STAFF);
    }

    private List<Long> listed(TestMember member, CustomerFilter filter) {
        return data.as(member, () -> customers.list(filter, CustomerOrder.DEFAULT, 0, 50)).stream()
                .map(CustomerRow::relationId).toList();
    }

    private String exported(TestMember member, CustomerFilter filter) {
        var out = new ByteArrayOutputStream();
        data.as(member, () -> export.write(filter, CustomerOrder.DEFAULT, out));
        return out.toString(StandardCharsets.UTF_8);
    }
}

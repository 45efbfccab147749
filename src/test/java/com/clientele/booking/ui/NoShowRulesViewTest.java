package com.clientele.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.NoShowRule;
import com.clientele.booking.NoShowRules;
import com.clientele.booking.RuleAction;
import com.clientele.booking.RuleCounts;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An owner sets up no-show protection on its page: a rule, a refused one, the cut-off. */
@IntegrationTest
class NoShowRulesViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    NoShowRules rules;

    TestProvider provider;

    @BeforeEach
    void logIn() {
        provider = data.newProvider();
        data.login(provider.email());
    }

    @AfterEach
    void logOut() {
        data.logout();
    }

    @Test
    void addARuleSeeItListedAndDeleteIt() {
        navigate(NoShowRulesView.class);
        NoShowRulesView view = find(NoShowRulesView.class).single();
        assertThat(view.empty.isVisible()).as("the empty state explains with an example").isTrue();
        assertThat(view.empty.getText()).contains("3 no-shows in 90 days");

        test(view.counts).selectItem("No-shows");
        test(view.threshold).setValue(3);
        test(view.withinDays).setValue(90);
        test(view.action).selectItem("Block for a number of days");
        test(view.blockDays).setValue(30);
        test(view.add).click();

        assertThat(view.grid.isVisible()).isTrue();
        NoShowRule rule = test(view.grid).getRow(0);
        assertThat(rule.counts()).isEqualTo(RuleCounts.NO_SHOWS);
        assertThat(rule.action()).isEqualTo(RuleAction.BLOCK_FOR);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("3 no-shows in 90 days → Block for 30 days");

        test(view.action).selectItem("Flag the customer");
        assertThat(view.blockDays.isVisible()).as("no days to block for a flag").isFalse();

        test((Button) test(view.grid).getCellComponent(0, 2)).click();
        assertThat(data.as(provider, rules::list)).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
    }

    @Test
    void aRuleOutOfRangeIsShownOnItsFieldAndNothingIsAdded() {
        navigate(NoShowRulesView.class);
        NoShowRulesView view = find(NoShowRulesView.class).single();
        // typed past the fields' limits: the browser marks them, the service refuses them
        view.threshold.setValue(0);
        view.withinDays.setValue(1000);
        test(view.add).click();

        assertThat(view.threshold.isInvalid()).isTrue();
        assertThat(view.threshold.getErrorMessage()).isEqualTo("Enter a whole number from 1 to 50");
        assertThat(view.withinDays.getErrorMessage()).isEqualTo("Enter a whole number from 1 to 730");
        assertThat(data.as(provider, rules::list)).isEmpty();
    }

    @Test
    void theCutOffIsSavedAndABadOneRefused() {
        navigate(NoShowRulesView.class);
        NoShowRulesView view = find(NoShowRulesView.class).single();
        assertThat(view.cutoff.getValue()).isEqualTo(24);
        test(view.cutoff).setValue(48);
        test(view.saveCutoff).click();
        assertThat(data.as(provider, rules::lateCancellationHours)).isEqualTo(48);

        view.cutoff.setValue(400);
        test(view.saveCutoff).click();
        assertThat(view.cutoff.isInvalid()).isTrue();
        assertThat(data.as(provider, rules::lateCancellationHours)).isEqualTo(48);
    }
}

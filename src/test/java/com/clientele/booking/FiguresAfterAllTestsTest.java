package com.clientele.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs last (see junit-platform.properties): after every other test has written through the
 * product, including the ones that make writes fail half-way and stop the database, the integrity
 * command finds every relation's figures and every provider's totals in agreement with the bookings
 * and reviews.
 */
@IntegrationTest
@Order(Integer.MAX_VALUE)
class FiguresAfterAllTestsTest {

    @Autowired
    FigureCheck check;
    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void theIntegrityCommandFindsNothingThatDisagrees() {
        FigureCheck.Report report = new FigureCheckCommand(check, context).runAsOperator();

        assertThat(report.relationsChecked()).as("relations written by the suite").isGreaterThan(100);
        assertThat(report.mismatches()).as(report.summary()).isEmpty();
        assertThat(report.totalsMismatches()).as(report.summary()).isEmpty();
        assertThat(FigureCheckCommand.report(report)).as("exit status").isZero();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("operator identity cleared").isNull();
    }
}

package com.clientele.booking;

import com.clientele.security.RunAs;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The data integrity check as a command: started with {@code --app.check-figures}, the application
 * checks every relation's figures against its bookings and reviews, prints what disagrees and exits
 * with status 0 when nothing does, 1 otherwise. It runs as the operator on the host, so as an
 * administrator that no login can use. See docs/security.md.
 */
@Component
@ConditionalOnProperty("app.check-figures") // present and not "false": --app.check-figures alone turns it on
@Order
class FigureCheckCommand implements ApplicationRunner {

    static final String OPERATOR = "figure-check";

    private static final Logger log = LoggerFactory.getLogger(FigureCheckCommand.class);

    private final FigureCheck check;
    private final ConfigurableApplicationContext context;

    FigureCheckCommand(FigureCheck check, ConfigurableApplicationContext context) {
        this.check = check;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int status = report(runAsOperator());
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> status));
    }

    FigureCheck.Report runAsOperator() {
        return RunAs.call(UsernamePasswordAuthenticationToken.authenticated(OPERATOR, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))), check::checkAll);
    }

    static int report(FigureCheck.Report report) {
        log.info("Figure check, {}", report.summary());
        report.mismatches().forEach(mismatch -> log.warn("  {}", mismatch.describe()));
        report.totalsMismatches().forEach(mismatch -> log.warn("  {}", mismatch.describe()));
        return report.isClean() ? 0 : 1;
    }
}

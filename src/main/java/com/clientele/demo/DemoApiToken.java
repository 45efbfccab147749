package com.clientele.demo;

import com.clientele.apitoken.ApiTokenService;
import com.clientele.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the first demo provider an API token with the documented value, so the README's curl
 * example works on a fresh demo database. Embedded database with demo data only, never production.
 * A demo database seeded before tokens existed gets it too; a revoked demo token stays revoked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@ConditionalOnProperty(name = {"app.demo-data.enabled", "app.embedded-db.enabled"}, havingValue = "true")
class DemoApiToken implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoApiToken.class);

    private final ApiTokenService tokens;
    private final RunAs runAs;

    DemoApiToken(ApiTokenService tokens, RunAs runAs) {
        this.tokens = tokens;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (runAs.call(DemoAccounts.PROVIDER_EMAIL, () -> tokens.ensure("Demo integration", DemoAccounts.API_TOKEN))) {
            log.info("Demo API token for {} created (see README)", DemoAccounts.PROVIDER_EMAIL);
        }
    }
}

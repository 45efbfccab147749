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
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Gives the demo members their API tokens with the documented values — Glow Hair Studio's owner and
 * one per role of its team — so the README's curl examples work on a fresh demo database.
 * Embedded database with demo data only, never production. A demo database seeded before tokens
 * existed gets them too; a revoked demo token stays revoked. A database seeded before teams has no
 * team, so only the owner's token (the log says how to start afresh).
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
        ensure(DemoAccounts.PROVIDER_EMAIL, "Booking website", DemoAccounts.API_TOKEN);
        for (DemoProvider provider : DemoProvider.ALL) {
            for (DemoMember member : provider.team()) {
                try {
                    ensure(member.email(), purpose(member), member.apiToken());
                } catch (UsernameNotFoundException e) {
                    log.warn("The demo database predates {}'s team: stop the application, delete {} and start it"
                            + " again for the demo team", provider.businessName(), "~/.local/share/clientele");
                    return;
                }
            }
        }
    }

    /** What each demo member's token is for, so the list of tokens reads like a real business's. */
    private static String purpose(DemoMember member) {
        return switch (member.role()) {
            case OWNER -> "Booking website";
            case MANAGER -> "Weekly report spreadsheet";
            case STAFF -> "Calendar sync (" + member.name() + ")";
            case FRONT_DESK -> "Reception tablet";
        };
    }

    private void ensure(String email, String name, String token) {
        if (runAs.call(email, () -> tokens.ensure(name, token))) {
            log.info("Demo API token for {} created (see README)", email);
        }
    }
}

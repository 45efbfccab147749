package com.clientele.security;

import com.clientele.base.Emails;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Limits sign-in attempts per client address (one address trying passwords across many accounts,
 * or locking them) and per account e-mail (many addresses against one account), and requests
 * with an unknown API token per client address. Every attempt takes one from its buckets before
 * any password or token is checked; a successful sign-in or a valid token gives it back, so only
 * failures use up the limit.
 */
@Component
class LoginThrottle {

    private final RateLimitBuckets buckets;
    private final RateLimit perAddress;
    private final RateLimit perAccount;
    private final RateLimit badTokens;

    LoginThrottle(RateLimitBuckets buckets, LoginLimitSettings settings) {
        this.buckets = buckets;
        this.perAddress = new RateLimit("login-address", settings.perAddress(), settings.perAddressPeriod());
        this.perAccount = new RateLimit("login-account", settings.perAccount(), settings.perAccountPeriod());
        this.badTokens = new RateLimit("bad-token-address", settings.badTokensPerAddress(), settings.badTokenPeriod());
    }

    /** @return zero when this sign-in may be tried now, otherwise how long until it may */
    Duration trySignIn(String address, String typedEmail) {
        Duration addressWait = buckets.take(perAddress, address);
        if (!addressWait.isZero()) {
            return addressWait;
        }
        String email = Emails.normalise(typedEmail);
        if (!Emails.isValid(email)) {
            // no account can have it: the address's limit counted it, and a key per piece of junk
            // (a megabyte "e-mail" each) would only fill memory
            return Duration.ZERO;
        }
        Duration accountWait = buckets.take(perAccount, email);
        if (!accountWait.isZero()) {
            buckets.giveBack(perAddress, address);
        }
        return accountWait;
    }

    @EventListener
    void onSignedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            buckets.giveBack(perAddress, details.getRemoteAddress());
            String email = Emails.normalise(event.getAuthentication().getName());
            if (email != null) {
                buckets.giveBack(perAccount, email);
            }
        }
    }

    /** @return zero when this address may present an API token now, otherwise how long until it may */
    Duration tryToken(String address) {
        return buckets.take(badTokens, address);
    }

    void tokenWasValid(String address) {
        buckets.giveBack(badTokens, address);
    }

    long badTokensPerPeriod() {
        return badTokens.capacity();
    }

    Duration badTokenPeriod() {
        return badTokens.period();
    }
}

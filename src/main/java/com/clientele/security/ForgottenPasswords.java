package com.clientele.security;

import com.clientele.base.Emails;
import com.clientele.base.InvalidInputException;
import com.clientele.base.Language;
import com.clientele.provider.PasswordResets;
import com.clientele.provider.ResetLinkInvalidException;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The forgotten-password pages' one door: anyone may ask for a link and use one, so the check is
 * {@code permitAll()} and the limits are what protects it. Requests are rate-limited per client
 * address and per e-mail address (Bucket4j, {@code app.security.reset-limit.*}) before anything is
 * written; every request counts, whether or not the address has an account, so the limits tell
 * nothing either. The rules of the link itself are {@link PasswordResets}'.
 */
@Service
@PreAuthorize("permitAll()")
public class ForgottenPasswords {

    private final PasswordResets resets;
    private final RateLimitBuckets buckets;
    private final RateLimit perAddress;
    private final RateLimit perEmail;

    ForgottenPasswords(PasswordResets resets, RateLimitBuckets buckets, ResetLimitSettings settings) {
        this.resets = resets;
        this.buckets = buckets;
        this.perAddress = new RateLimit("reset-address", settings.perAddress(), settings.perAddressPeriod());
        this.perEmail = new RateLimit("reset-email", settings.perEmail(), settings.perEmailPeriod());
    }

    /**
     * Asks for a reset link for the address. Returns the same way whether or not an account has it;
     * the link goes out by e-mail after the commit, in the account's language or else the page's.
     *
     * @param locale the page's locale
     * @throws InvalidInputException ({@code email}) when it is not an e-mail address
     * @throws TooManyRequestsException when this client or this address asked too often
     */
    public void requestLink(String email, Locale locale) {
        String address = clientAddress();
        Duration wait = buckets.take(perAddress, address);
        if (!wait.isZero()) {
            throw new TooManyRequestsException(wait);
        }
        String key = Emails.normalise(email);
        if (key != null) {
            wait = buckets.take(perEmail, key);
            if (!wait.isZero()) {
                buckets.giveBack(perAddress, address);
                throw new TooManyRequestsException(wait);
            }
        }
        try {
            resets.request(email, Language.of(locale));
        } catch (InvalidInputException e) {
            // a typing mistake does not use up the limits
            buckets.giveBack(perAddress, address);
            if (key != null) {
                buckets.giveBack(perEmail, key);
            }
            throw e;
        }
    }

    /** Whether the link's token can reset a password now. */
    public boolean isUsable(@Nullable String token) {
        return resets.isUsable(token);
    }

    /**
     * Sets a new password with a link's token, which is used up by it.
     *
     * @param locale the page's locale, for the notice mail when the account chose no language
     * @throws ResetLinkInvalidException when the token is unknown, used or expired
     * @throws InvalidInputException ({@code newPassword}) when the password breaks the rules
     */
    public void resetPassword(@Nullable String token, String newPassword, Locale locale) {
        resets.reset(token, newPassword, Language.of(locale));
    }

    /** How long a link works after it was requested. */
    public Duration linkValidity() {
        return resets.validity();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getRemoteAddr() != null) {
            return attributes.getRequest().getRemoteAddr();
        }
        return "unknown";
    }
}

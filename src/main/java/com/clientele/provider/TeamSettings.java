package com.clientele.provider;

import jakarta.validation.constraints.AssertTrue;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Team invitations ({@code app.team.*}), sent by {@link TeamService}.
 *
 * @param invitationValidity how long an invitation's link works after it was sent (or sent again)
 */
@Validated
@ConfigurationProperties("app.team")
record TeamSettings(@DefaultValue("7d") Duration invitationValidity) {

    @AssertTrue(message = "invitation-validity must be positive")
    boolean isInvitationValidityPositive() {
        return invitationValidity.isPositive();
    }
}

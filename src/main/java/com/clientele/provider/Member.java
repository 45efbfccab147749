package com.clientele.provider;

import com.clientele.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member of a business (SPEC §10): an account with a role in one provider. A removed member
 * keeps its row without an account, so that bookings and the timeline still name them.
 */
@Entity
@Table(name = "member")
public class Member extends AbstractEntity {

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "account_id")
    private @Nullable Long accountId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role", nullable = false, length = 16)
    private TeamRole teamRole;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "removed_at")
    private @Nullable Instant removedAt;

    @Version
    private long version;

    protected Member() {
    }

    public Member(long providerId, long accountId, String name, String email, TeamRole teamRole, Instant createdAt) {
        this.providerId = providerId;
        this.accountId = accountId;
        this.name = name;
        this.email = email;
        this.teamRole = teamRole;
        this.createdAt = createdAt;
    }

    public long getProviderId() {
        return providerId;
    }

    public @Nullable Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public TeamRole getTeamRole() {
        return teamRole;
    }

    public void setTeamRole(TeamRole teamRole) {
        this.teamRole = teamRole;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getRemovedAt() {
        return removedAt;
    }

    /** Takes the member out of the team: the account goes, the name stays on their bookings. */
    public void remove(Instant at) {
        this.removedAt = at;
        this.accountId = null;
    }
}

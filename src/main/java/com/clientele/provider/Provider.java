package com.clientele.provider;

import com.clientele.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;

/** A business that takes bookings, with its team of members; the admin creates it with its first owner. */
@Entity
@Table(name = "provider")
public class Provider extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true)
    private Account account;

    @Column(name = "business_name", nullable = false, length = 200)
    private String businessName;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(nullable = false, length = 3, columnDefinition = "char(3)")
    private String currency;

    @Column(nullable = false, length = 2, columnDefinition = "char(2)")
    private String country;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** False while an admin has disabled the business: none of its members can sign in (SPEC §10). */
    @Column(nullable = false)
    private boolean enabled = true;

    @Version
    private long version;

    protected Provider() {
    }

    public Provider(Account account, String businessName, ZoneId timeZone, Currency currency, String country,
            Instant createdAt) {
        this.account = account;
        this.createdAt = createdAt;
        update(businessName, timeZone, currency, country);
    }

    public final void update(String businessName, ZoneId timeZone, Currency currency, String country) {
        this.businessName = businessName;
        this.timeZone = timeZone.getId();
        this.currency = currency.getCurrencyCode();
        this.country = country;
    }

    public Account getAccount() {
        return account;
    }

    public String getBusinessName() {
        return businessName;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public Currency getCurrency() {
        return Currency.getInstance(currency);
    }

    public String getCountry() {
        return country;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}

package com.clientele.provider;

import java.time.ZoneId;
import java.util.Currency;

/** What other features need to know of a provider: how to show times, money and phone numbers. */
public record ProviderProfile(long id, String businessName, ZoneId timeZone, Currency currency, String country) {
}

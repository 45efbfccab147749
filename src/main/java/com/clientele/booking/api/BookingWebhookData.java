package com.clientele.booking.api;

import com.clientele.booking.BookingQueries;
import com.clientele.webhook.WebhookData;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A booking or review event's {@code data}: the booking exactly as this API's POST and PATCH answer it. */
@Component
class BookingWebhookData implements WebhookData.Bookings {

    private final BookingQueries queries;

    BookingWebhookData(BookingQueries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<Object> booking(long bookingId) {
        return queries.find(bookingId).map(BookingDetailResource::of);
    }
}

package com.clientele.workspace.ui;

import com.clientele.activity.ActivityEntry;
import com.clientele.booking.BookingHistoryEntry;
import com.clientele.customer.CustomerDetails;
import com.clientele.messaging.MessageSummary;
import java.util.List;

/** Where the details dialog reads from; the view backs it with the services. */
interface CustomerDataSource {

    CustomerDetails details(long relationId);

    List<BookingHistoryEntry> bookings(long customerId, int offset, int limit);

    int countBookings(long customerId);

    List<BookingHistoryEntry> reviews(long customerId);

    List<MessageSummary> messages(long customerId);

    List<ActivityEntry> timeline(long customerId);
}

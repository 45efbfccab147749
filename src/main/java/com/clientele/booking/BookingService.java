package com.clientele.booking;

import com.clientele.activity.ActivityLog;
import com.clientele.activity.ActivityType;
import com.clientele.base.ConflictException;
import com.clientele.base.Formats;
import com.clientele.base.InputValidator;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.customer.CustomerDirectory;
import com.clientele.customer.LockedRelation;
import com.clientele.provider.ProviderDirectory;
import com.clientele.security.CurrentUser;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one write path for bookings and reviews. Every write locks the customer's relation row,
 * changes the booking or review, recomputes the relation's figures and records the activity, all
 * in one transaction: the figures are exact when it commits, and concurrent writers queue.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class BookingService {

    public static final int REVIEW_COMMENT_MAX = 2000;

    private final BookingRepository bookings;
    private final ReviewRepository reviews;
    private final CustomerDirectory customers;
    private final ProviderDirectory providers;
    private final ActivityLog activityLog;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final Clock clock;

    BookingService(BookingRepository bookings, ReviewRepository reviews, CustomerDirectory customers,
            ProviderDirectory providers, ActivityLog activityLog, CurrentUser currentUser, InputValidator validator,
            Clock clock) {
        this.bookings = bookings;
        this.reviews = reviews;
        this.customers = customers;
        this.providers = providers;
        this.activityLog = activityLog;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Books the customer. Refused with {@link com.clientele.customer.CustomerBlockedException} when
     * the provider blocked them.
     *
     * @return the new booking with its customer
     */
    @Transactional
    public BookingRef create(NewBooking request) {
        validator.check(request);
        if ((request.customerId() == null) == (request.newCustomer() == null)) {
            throw new InvalidInputException("customer", "Choose an existing customer or describe a new one");
        }
        long providerId = currentUser.providerId();
        LockedRelation relation = request.customerId() != null
                ? customers.lock(request.customerId())
                : customers.lockOrCreate(request.newCustomer());
        relation.ensureBookable();
        Booking booking = bookings.save(new Booking(providerId, relation.customerId(), request.serviceName().strip(),
                request.startsAt(), request.durationMinutes(), request.price(), request.status(), clock.instant()));
        customers.refreshFigures(List.of(relation.customerId()));
        activityLog.record(relation.customerId(), ActivityType.BOOKING_CREATED,
                describe(relation.name(), booking, zone()) + statusSuffix(request.status()));
        return new BookingRef(booking.getId(), relation.customerId(), relation.relationId(), relation.created());
    }

    @Transactional
    public void changeStatus(long bookingId, BookingStatus next) {
        if (next == null) {
            throw new InvalidInputException("status", "Choose a status");
        }
        LockedRelation relation = lockRelationOf(bookingId);
        Booking booking = lockedBooking(bookingId);
        if (booking.getStatus() == next) {
            return;
        }
        if (!booking.getStatus().next().contains(next)) {
            throw new ConflictException("A " + booking.getStatus().label().toLowerCase(Formats.LOCALE)
                    + " booking cannot be changed to " + next.label().toLowerCase(Formats.LOCALE));
        }
        booking.changeStatus(next, clock.instant());
        bookings.flush();
        customers.refreshFigures(List.of(booking.getCustomerId()));
        activityLog.record(booking.getCustomerId(), next.activity(),
                next.label() + ": " + describe(relation.name(), booking, zone()));
    }

    @Transactional
    public void recordReview(long bookingId, int rating, String comment) {
        if (rating < 1 || rating > 5) {
            throw new InvalidInputException("rating", "Choose a rating from 1 to 5");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > REVIEW_COMMENT_MAX) {
            throw new InvalidInputException("comment", "At most " + REVIEW_COMMENT_MAX + " characters");
        }
        LockedRelation relation = lockRelationOf(bookingId);
        Booking booking = lockedBooking(bookingId);
        if (booking.getStatus() != BookingStatus.COMPLETED) {
            throw new ConflictException("Only a completed booking can be reviewed");
        }
        if (reviews.existsByBookingId(bookingId)) {
            throw new ConflictException("This booking already has a review");
        }
        try {
            reviews.saveAndFlush(new Review(booking, rating, text, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("This booking already has a review");
        }
        customers.refreshFigures(List.of(booking.getCustomerId()));
        activityLog.record(booking.getCustomerId(), ActivityType.REVIEW_POSTED,
                rating + "★ from " + relation.name() + " for " + booking.getServiceName());
    }

    /** Lock order for every writer: the relation row first, then the booking. */
    private LockedRelation lockRelationOf(long bookingId) {
        long customerId = bookings.findCustomerId(bookingId, currentUser.providerId())
                .orElseThrow(() -> new NotFoundException("Booking"));
        return customers.lock(customerId);
    }

    private Booking lockedBooking(long bookingId) {
        return bookings.findLockedByIdAndProviderId(bookingId, currentUser.providerId())
                .orElseThrow(() -> new NotFoundException("Booking"));
    }

    private ZoneId zone() {
        return providers.profile(currentUser.providerId()).timeZone();
    }

    private static String describe(String customerName, Booking booking, ZoneId zone) {
        return booking.getServiceName() + " for " + customerName + " on " + Formats.dateTime(booking.getStartsAt(), zone);
    }

    private static String statusSuffix(BookingStatus status) {
        return status == BookingStatus.CONFIRMED || status == BookingStatus.PENDING
                ? "" : " (" + status.label().toLowerCase(Formats.LOCALE) + ")";
    }
}

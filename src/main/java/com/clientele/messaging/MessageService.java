package com.clientele.messaging;

import com.clientele.activity.ActivityLog;
import com.clientele.activity.ActivitySummary;
import com.clientele.activity.ActivityType;
import com.clientele.base.InputValidator;
import com.clientele.base.InvalidInputException;
import com.clientele.base.Language;
import com.clientele.customer.CustomerDirectory;
import com.clientele.customer.LockedRelation;
import com.clientele.provider.AccountPreferences;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Providers write to their customers; every message is stored before anything is delivered. Delivery
 * by e-mail ({@link MailDelivery}) starts once the storing transaction has committed.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class MessageService {

    private final CustomerMessageRepository messages;
    private final CustomerDirectory customers;
    private final ActivityLog activityLog;
    private final CurrentUser currentUser;
    private final AccountPreferences preferences;
    private final InputValidator validator;
    private final ApplicationEventPublisher publisher;
    private final MailDelivery delivery;
    private final Clock clock;

    MessageService(CustomerMessageRepository messages, CustomerDirectory customers, ActivityLog activityLog,
            CurrentUser currentUser, AccountPreferences preferences, InputValidator validator,
            ApplicationEventPublisher publisher, MailDelivery delivery, Clock clock) {
        this.messages = messages;
        this.customers = customers;
        this.activityLog = activityLog;
        this.currentUser = currentUser;
        this.preferences = preferences;
        this.validator = validator;
        this.publisher = publisher;
        this.delivery = delivery;
        this.clock = clock;
    }

    /**
     * Stores the message as QUEUED for one of the current provider's customers; it is e-mailed after
     * the commit when e-mail is set up ({@link #isEmailConfigured()}), and stays queued until then.
     * Its fixed texts are in the language of the member's account (English when they chose none),
     * as it is now: a retry later sends the same words.
     * A role that may not message is refused; a staff member may message their own customers only.
     */
    @Transactional
    public MessageSummary send(long customerId, NewMessage message) {
        validator.check(message);
        LockedRelation relation = customers.lock(customerId, Capability.FAVOURITE_AND_MESSAGE);
        if (Headers.breaksLine(relation.name())) {
            throw new InvalidInputException("recipient", "messaging.error.recipient.line-break");
        }
        CustomerMessage saved = messages.save(new CustomerMessage(currentUser.providerId(), customerId,
                customers.emailOf(customerId).orElse(null), relation.name(), message.subject().strip(), message.body(),
                preferences.ownLanguage().orElse(Language.ENGLISH), currentUser.actorEmail(), clock.instant()));
        activityLog.record(customerId, ActivityType.MESSAGE_SENT, ActivitySummary.asWritten(message.subject().strip()));
        publisher.publishEvent(new MessageQueued(saved.getId()));
        return MessageSummary.of(saved);
    }

    /** Whether messages go out by e-mail; when not, they are kept and sent once e-mail is set up. */
    public boolean isEmailConfigured() {
        return delivery.isConfigured();
    }

    /**
     * The latest messages to one customer of the current provider, newest first; a staff member's
     * customer not their own is not found.
     */
    @Transactional(readOnly = true)
    public List<MessageSummary> forCustomer(long customerId) {
        customers.requireCustomer(customerId, Capability.SEE_CUSTOMERS);
        return messages.findTop50ByProviderIdAndCustomerIdOrderByCreatedAtDescIdDesc(currentUser.providerId(),
                customerId).stream().map(MessageSummary::of).toList();
    }
}

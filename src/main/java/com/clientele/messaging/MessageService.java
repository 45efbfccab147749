package com.clientele.messaging;

import com.clientele.activity.ActivityLog;
import com.clientele.activity.ActivityType;
import com.clientele.base.InputValidator;
import com.clientele.customer.CustomerDirectory;
import com.clientele.customer.LockedRelation;
import com.clientele.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Providers write to their customers; every message is stored before anything is delivered. */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class MessageService {

    private final CustomerMessageRepository messages;
    private final CustomerDirectory customers;
    private final ActivityLog activityLog;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final Clock clock;

    MessageService(CustomerMessageRepository messages, CustomerDirectory customers, ActivityLog activityLog,
            CurrentUser currentUser, InputValidator validator, Clock clock) {
        this.messages = messages;
        this.customers = customers;
        this.activityLog = activityLog;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /** Stores the message as QUEUED for one of the current provider's customers. */
    @Transactional
    public MessageSummary send(long customerId, NewMessage message) {
        validator.check(message);
        LockedRelation relation = customers.lock(customerId);
        CustomerMessage saved = messages.save(new CustomerMessage(currentUser.providerId(), customerId,
                customers.emailOf(customerId).orElse(null), message.subject().strip(), message.body(),
                currentUser.actorName(), clock.instant()));
        activityLog.record(customerId, ActivityType.MESSAGE_SENT,
                "Message to " + relation.name() + ": " + message.subject().strip());
        return MessageSummary.of(saved);
    }

    /** The latest messages to one customer of the current provider, newest first. */
    @Transactional(readOnly = true)
    public List<MessageSummary> forCustomer(long customerId) {
        return messages.findTop50ByProviderIdAndCustomerIdOrderByCreatedAtDescIdDesc(currentUser.providerId(),
                customerId).stream().map(MessageSummary::of).toList();
    }
}

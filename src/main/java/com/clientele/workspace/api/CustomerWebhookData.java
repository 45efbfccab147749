package com.clientele.workspace.api;

import com.clientele.base.NotFoundException;
import com.clientele.customer.CustomerService;
import com.clientele.webhook.WebhookData;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A customer event's {@code data}: the customer exactly as this API's list and PATCH answer it. */
@Component
class CustomerWebhookData implements WebhookData.Customers {

    private final CustomerService customers;

    CustomerWebhookData(CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public Optional<Object> customer(long relationId) {
        try {
            return Optional.of(CustomerResource.of(customers.details(relationId)));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }
}

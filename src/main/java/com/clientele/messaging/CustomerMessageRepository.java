package com.clientele.messaging;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerMessageRepository extends JpaRepository<CustomerMessage, Long> {

    List<CustomerMessage> findTop50ByProviderIdAndCustomerIdOrderByCreatedAtDescIdDesc(long providerId, long customerId);
}

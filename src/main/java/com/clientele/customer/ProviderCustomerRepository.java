package com.clientele.customer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderCustomerRepository extends JpaRepository<ProviderCustomer, Long> {

    Optional<ProviderCustomer> findByIdAndProviderId(long id, long providerId);

    Optional<ProviderCustomer> findByProviderIdAndCustomerId(long providerId, long customerId);
}

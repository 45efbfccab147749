package com.clientele.customer;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface ProviderCustomerRepository extends JpaRepository<ProviderCustomer, Long> {

    Optional<ProviderCustomer> findByIdAndProviderId(long id, long providerId);

    /** The relation with its row locked until the transaction ends (SELECT ... FOR UPDATE). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<ProviderCustomer> findLockedByIdAndProviderId(long id, long providerId);

    Optional<ProviderCustomer> findByProviderIdAndCustomerId(long providerId, long customerId);
}

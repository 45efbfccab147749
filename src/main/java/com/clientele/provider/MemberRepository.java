package com.clientele.provider;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByAccountId(long accountId);

    List<Member> findByProviderIdAndRemovedAtIsNullOrderByName(long providerId);
}

package com.clientele.activity;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityEvents extends JpaRepository<ActivityEvent, Long> {
}

package com.clientele.booking;

import com.clientele.base.CustomerTableRows;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bookings and reviews go with their customer when two are merged (SPEC 12). */
@Configuration(proxyBeanMethods = false)
class BookingMergeRows {

    @Bean
    CustomerTableRows bookingRows(JdbcClient jdbc) {
        return new CustomerTableRows(jdbc, "booking", "booking", true);
    }

    @Bean
    CustomerTableRows reviewRows(JdbcClient jdbc) {
        return new CustomerTableRows(jdbc, "review", "review", false);
    }
}

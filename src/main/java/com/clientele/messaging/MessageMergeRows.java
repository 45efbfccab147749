package com.clientele.messaging;

import com.clientele.base.CustomerTableRows;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Messages go with their customer when two are merged (SPEC 12). */
@Configuration(proxyBeanMethods = false)
class MessageMergeRows {

    @Bean
    CustomerTableRows messageRows(JdbcClient jdbc) {
        return new CustomerTableRows(jdbc, "message", "customer_message", true);
    }
}

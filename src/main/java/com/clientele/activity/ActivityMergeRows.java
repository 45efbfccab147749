package com.clientele.activity;

import com.clientele.base.CustomerTableRows;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Timeline entries go with their customer when two are merged (SPEC 12). */
@Configuration(proxyBeanMethods = false)
class ActivityMergeRows {

    @Bean
    CustomerTableRows activityRows(JdbcClient jdbc) {
        return new CustomerTableRows(jdbc, "activity", "activity_event", false);
    }
}

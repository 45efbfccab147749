package com.clientele.demo;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Demo data for the embedded database ({@code app.demo-data.*}); never loaded on an external one.
 *
 * @param enabled whether the first start on an empty embedded database loads the demo accounts
 * @param customers how many customers the largest demo provider gets
 */
@Validated
@ConfigurationProperties("app.demo-data")
record DemoDataSettings(@DefaultValue("true") boolean enabled, @Min(1) @DefaultValue("500") int customers) {
}

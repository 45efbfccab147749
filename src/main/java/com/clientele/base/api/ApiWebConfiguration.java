package com.clientele.base.api;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;

@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    /** In front of Spring Security, so that its errors are problems too. */
    @Bean
    FilterRegistrationBean<ApiRequestFilter> apiRequestFilter(ApiProblems problems, ApiSettings settings,
            MultipartConfigElement multipart, PublicAddressSettings address, MeterRegistry meters) {
        // uploads (the import endpoint) may be as large as the multipart limit; other bodies are capped
        var registration = new FilterRegistrationBean<>(new ApiRequestFilter(problems,
                settings.maxBodySize().toBytes(), multipart.getMaxRequestSize(),
                new ApiLinks(address.publicUrl(), address.allowedHosts()), new ApiRequestMeter(meters)));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        registration.setName("apiRequestFilter");
        return registration;
    }

    /** A JSON body that names a field twice is refused instead of silently keeping the last value. */
    @Bean
    JsonMapperBuilderCustomizer strictDuplicateFields() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    }
}

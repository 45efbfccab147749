package com.clientele.base.api;

import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;

@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    /** In front of Spring Security, so that its errors are problems too. */
    @Bean
    FilterRegistrationBean<ApiRequestFilter> apiRequestFilter(ApiProblems problems,
            @Value("${app.api.max-body-size:256KB}") DataSize maxBodySize,
            @Value("${app.public-url:}") String publicUrl, @Value("${app.allowed-hosts:}") Set<String> allowedHosts) {
        var registration = new FilterRegistrationBean<>(new ApiRequestFilter(problems, maxBodySize.toBytes(),
                new ApiLinks(publicUrl, allowedHosts)));
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

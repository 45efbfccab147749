package com.clientele.base.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    /** In front of Spring Security, so that its errors are problems too. */
    @Bean
    FilterRegistrationBean<ApiRequestFilter> apiRequestFilter(ApiProblems problems,
            @Value("${app.api.max-body-size:256KB}") DataSize maxBodySize,
            @Value("${spring.servlet.multipart.max-request-size:12MB}") DataSize maxUploadSize) {
        var registration = new FilterRegistrationBean<>(new ApiRequestFilter(problems, maxBodySize.toBytes(),
                maxUploadSize.toBytes()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        registration.setName("apiRequestFilter");
        return registration;
    }
}

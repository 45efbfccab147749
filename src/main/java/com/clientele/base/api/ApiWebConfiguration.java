package com.clientele.base.api;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    /** In front of Spring Security, so that its errors are problems too. */
    @Bean
    FilterRegistrationBean<ApiRequestFilter> apiRequestFilter(ApiProblems problems, ApiSettings settings) {
        var registration = new FilterRegistrationBean<>(new ApiRequestFilter(problems,
                settings.maxBodySize().toBytes()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        registration.setName("apiRequestFilter");
        return registration;
    }
}

package com.clientele.base.api;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    /** In front of Spring Security, so that its errors are problems too. */
    @Bean
    FilterRegistrationBean<ApiRequestFilter> apiRequestFilter(ApiProblems problems, ApiSettings settings,
            MultipartConfigElement multipart) {
        // uploads (the import endpoint) may be as large as the multipart limit; other bodies are capped
        var registration = new FilterRegistrationBean<>(new ApiRequestFilter(problems,
                settings.maxBodySize().toBytes(), multipart.getMaxRequestSize()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        registration.setName("apiRequestFilter");
        return registration;
    }
}

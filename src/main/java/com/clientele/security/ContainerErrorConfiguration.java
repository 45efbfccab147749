package com.clientele.security;

import com.clientele.base.api.ApiProblems;
import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Responses made before the security filter chains add their headers: Tomcat's own errors, the
 * firewall's refusals, undecodable query strings and unreadable forms. Each gets the security headers, and under
 * {@code /api/} a problem.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorConfiguration {

    /** After Spring Boot's own Tomcat settings, which add the plain error report valve this replaces. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReports(ApiProblems problems) {
        return new ContainerErrorReports(problems);
    }

    @Bean
    FilterRegistrationBean<QueryStringFilter> queryStringFilter(ApiProblems problems) {
        var registration = new FilterRegistrationBean<>(new QueryStringFilter(problems));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setName("queryStringFilter");
        return registration;
    }

    /** Right after the query string: a posted form Tomcat cannot read is refused before any filter reads it. */
    @Bean
    FilterRegistrationBean<FormBodyFilter> formBodyFilter() {
        var registration = new FilterRegistrationBean<>(new FormBodyFilter());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.setName("formBodyFilter");
        return registration;
    }

    /**
     * A URL Spring Security's firewall refuses ({@code ;jsessionid=...}, an encoded slash, {@code //}):
     * 400 with the security headers, as a problem under {@code /api/}.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ApiProblems problems) {
        return (request, response, rejected) -> {
            SecurityHeaders.write(response);
            String detail = "The request was rejected: the URL contains something this server does not accept"
                    + " (such as ';', '//', an encoded '/' or '..')";
            if (SecurityHeaders.isApi(request.getRequestURI())) {
                problems.write(request, response, HttpStatus.BAD_REQUEST, detail, null);
                return;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(detail + "\n");
        };
    }

    private record ContainerErrorReports(ApiProblems problems)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new ContainerErrorValve(problems));
                if (host instanceof StandardHost standardHost) {
                    // otherwise the host adds Tomcat's HTML report valve again when it starts
                    standardHost.setErrorReportValveClass(ContainerErrorValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}

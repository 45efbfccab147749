package com.clientele.messaging;

import java.util.Properties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * A mail sender exists only when SMTP_HOST is set. (Spring Boot's own mail auto-configuration would
 * also create one for an empty host, so the app maps the environment to {@code app.mail.*}.)
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final String TIMEOUT_MILLIS = "10000";

    @Bean
    @Conditional(HostConfigured.class)
    JavaMailSender mailSender(MailSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.host().strip());
        sender.setPort(settings.port());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = sender.getJavaMailProperties();
        if (StringUtils.hasText(settings.username())) {
            sender.setUsername(settings.username());
            sender.setPassword(settings.password());
            properties.put("mail.smtp.auth", "true");
        }
        if (settings.port() == 465) {
            properties.put("mail.smtp.ssl.enable", "true");
        } else {
            properties.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        }
        // a server that does not answer must not hold a delivery thread for long
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        return sender;
    }

    static final class HostConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("app.mail.host"));
        }
    }
}

package com.clientele.base.cluster;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Several servers ({@code app.redis.*}, docs/operations.md).
 *
 * @param url the Redis server every instance shares, e.g. {@code redis://localhost:6379} or
 *     {@code rediss://user:secret@host:6380/0} (env {@code REDIS_URL}); empty for one server alone
 */
@Validated
@ConfigurationProperties("app.redis")
public record ClusterSettings(
        @Pattern(regexp = "|rediss?://\\S+", message = "must be empty or a redis:// or rediss:// URL")
        @DefaultValue("") String url) {

    /** For {@code @ConditionalOnExpression}: true when a Redis URL is set (several servers). */
    public static final String REDIS_SET = "!'${app.redis.url:}'.isBlank()";

    /** For {@code @ConditionalOnExpression}: true for one server alone. */
    public static final String REDIS_UNSET = "'${app.redis.url:}'.isBlank()";
}

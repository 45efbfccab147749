package com.clientele.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Webhook-Signature} header: {@code v1=} and the lower-case hex HMAC-SHA256 of
 * {@code "<timestamp>.<body>"} (the {@code Webhook-Timestamp} value, a dot, the raw body, UTF-8),
 * keyed with the endpoint's whole secret as UTF-8 bytes ({@code whsec_} included).
 */
public final class WebhookSignature {

    public static final String VERSION = "v1=";

    private WebhookSignature() {
    }

    public static String header(String secret, long timestamp, String body) {
        return VERSION + hmac(secret, timestamp + "." + body);
    }

    static String hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

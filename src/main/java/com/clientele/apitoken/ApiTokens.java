package com.clientele.apitoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token values: {@code clt_} and 256 random bits, URL-safe. Only the SHA-256 of a token is stored
 * (a fast hash is enough for 256 random bits: there is nothing to guess), plus its first characters
 * so the owner can tell tokens apart.
 */
final class ApiTokens {

    static final String PREFIX = "clt_";
    static final int SHOWN_CHARACTERS = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String shownPart(String token) {
        return token.substring(0, Math.min(SHOWN_CHARACTERS, token.length()));
    }
}

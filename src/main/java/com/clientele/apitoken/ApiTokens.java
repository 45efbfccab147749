package com.clientele.apitoken;

import com.clientele.base.SecretTokens;

/**
 * Token values: {@code clt_} and 256 random bits, URL-safe ({@link SecretTokens}). Only the SHA-256
 * of a token is stored, plus its first characters so the owner can tell tokens apart.
 */
final class ApiTokens {

    static final String PREFIX = "clt_";
    static final int SHOWN_CHARACTERS = 12;

    private ApiTokens() {
    }

    static String generate() {
        return PREFIX + SecretTokens.generate();
    }

    static String hash(String token) {
        return SecretTokens.hash(token);
    }

    static String shownPart(String token) {
        return token.substring(0, Math.min(SHOWN_CHARACTERS, token.length()));
    }
}

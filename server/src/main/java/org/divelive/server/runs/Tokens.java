package org.divelive.server.runs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Bearer tokens: a run's cancel token and the admin token. Only their SHA-256 digests are kept, and a given token is
 * compared digest to digest with {@link MessageDigest#isEqual}, whose time does not depend on where the bytes differ,
 * so neither the length nor a prefix of a token leaks through timing.
 */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** 256 random bits, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public static boolean matches(String given, byte[] expectedDigest) {
        return given != null && expectedDigest != null && MessageDigest.isEqual(digest(given), expectedDigest);
    }
}

package org.divelive.server.classes;

import java.security.SecureRandom;
import java.util.Locale;

import org.divelive.server.runs.Tokens;

/**
 * Class mode's secrets. A learner token is {@code ID.SECRET}: the id finds the learner, whose stored SHA-256 digest
 * of the whole token is then compared in constant time ({@link Tokens#matches}). Join and recovery codes are short,
 * typed by people: letters and digits without the look-alikes 0/O, 1/I/L and U, from a SecureRandom.
 */
public final class Secrets {
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** 30¹⁰ ≈ 5.9·10¹⁴ codes; recovering also needs the learner's name in the class. */
    static final int RECOVERY_LENGTH = 10;
    static final int JOIN_LENGTH = 8;

    private Secrets() {
    }

    public static String learnerToken(long learnerId) {
        return learnerId + "." + Tokens.newToken();
    }

    /** The learner id a token names, or −1 for anything that is not a learner token. */
    public static long learnerId(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            return -1;
        }
        try {
            return Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public static String joinCode() {
        return code(JOIN_LENGTH);
    }

    /** Shown as {@code ABCDE-FGHJK}; {@link #normalise} accepts it with or without the dash, in any case. */
    public static String recoveryCode() {
        String code = code(RECOVERY_LENGTH);
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    public static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String code(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}

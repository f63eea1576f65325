package org.divelive.server.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short name for some bytes: the start of their SHA-256 in hex, for ETags and fingerprinted file names. */
public final class Digest {
    private Digest() {
    }

    /** The first {@code bytes} bytes of SHA-256(data), as 2·bytes hex digits. */
    public static String hex(byte[] data, int bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data), 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

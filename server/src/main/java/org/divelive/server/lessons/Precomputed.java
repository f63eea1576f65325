package org.divelive.server.lessons;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.divelive.server.http.Precompressed;

/** A JSON answer made once from a given list of lessons: its bytes, compressed, and an ETag of their digest. */
record Precomputed(List<Lesson> lessons, Precompressed bytes, String etag) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Precomputed of(List<Lesson> lessons, Object value) {
        try {
            byte[] plain = JSON.writeValueAsBytes(value);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain);
            return new Precomputed(List.copyOf(lessons), Precompressed.of(plain),
                    "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the search index cannot be written as JSON", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Whether it was made from these very lesson objects (the catalog makes new ones when a file changes). */
    boolean isFor(List<Lesson> current) {
        if (current.size() != lessons.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i) != lessons.get(i)) {
                return false;
            }
        }
        return true;
    }
}

package org.divelive.server.classes;

import java.time.Instant;

/** A class an instructor runs: learners join it with its join code while it is open. */
public record SchoolClass(long id, String name, String joinCode, boolean closed, Instant createdAt) {
    /** The page a learner opens to join. */
    public String joinPath() {
        return "/join/" + joinCode;
    }
}

package org.divelive.server.classes;

import java.time.Instant;

/** Someone who joined a class under a display name, unique in that class; no account, no e-mail. */
public record Learner(long id, long classId, String name, Instant joinedAt) {
}

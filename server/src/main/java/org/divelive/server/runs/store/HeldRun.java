package org.divelive.server.runs.store;

import org.divelive.server.runs.RunStatus;

/**
 * A run a worker holds as the store sees it now.
 *
 * @param stopAs null while it should go on; else how someone, on any node, asked it to end
 */
public record HeldRun(long id, int attempt, RunStatus stopAs) {
}

package org.divelive.server.runs.store;

import java.util.List;

/**
 * What recording a run's end did.
 *
 * @param held    false when the worker no longer held the run: then nothing was written
 * @param removed the runs whose weights retention deleted to make room for this run's, oldest first
 */
public record Finish(boolean held, List<Long> removed) {
}

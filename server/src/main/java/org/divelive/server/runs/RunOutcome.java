package org.divelive.server.runs;

/**
 * How a run ended.
 *
 * @param message for people: what happened and, when it went wrong, what to change
 * @param weights the trained parameters in shared-math's parameter-file format, or null when there are none worth
 *                keeping (failed before training, or diverged)
 */
public record RunOutcome(RunStatus status, String message, byte[] weights) {
}

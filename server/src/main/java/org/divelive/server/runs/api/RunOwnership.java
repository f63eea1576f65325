package org.divelive.server.runs.api;

import org.divelive.server.runs.queue.RunOwner;

/** Decides whose a new ordinary run is, from the request's bearer token, and hears of the run once it is queued. */
public interface RunOwnership {
    /** Everyone alike, no limit but the queue's: a server without class mode. */
    RunOwnership ANYONE = new RunOwnership() {
        @Override
        public RunOwner owner(String bearerToken) {
            return RunOwner.anyone();
        }

        @Override
        public void created(RunOwner owner, long runId) {
        }
    };

    /**
     * @param bearerToken the request's {@code Authorization: Bearer} token, or null when it sent none
     * @throws ApiError (401) for a token that names nobody
     */
    RunOwner owner(String bearerToken);

    void created(RunOwner owner, long runId);
}

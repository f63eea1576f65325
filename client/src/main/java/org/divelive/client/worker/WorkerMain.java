package org.divelive.client.worker;

import org.divelive.client.js.Workers;

/** Entry point of {@code worker.js}: training runs here, off the page's thread, so the page never waits for it. */
public final class WorkerMain {
    private WorkerMain() {
    }

    public static void main(String[] args) {
        TrainingSession session = new TrainingSession();
        Workers.onMessage(session::handle);
    }
}

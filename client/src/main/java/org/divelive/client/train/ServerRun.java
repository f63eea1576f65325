package org.divelive.client.train;

import org.divelive.client.js.Http;
import org.divelive.client.js.ServerEvents;
import org.divelive.client.js.Site;

/**
 * One full training run on the server for a widget's setup: posted to {@code /api/runs}, then followed over
 * Server-Sent Events. The server trains with the same shared-math on all the images the setup names.
 */
final class ServerRun {
    /** What the widget hears from the run. */
    interface Listener {
        void accepted(long id);

        /** An epoch's figures: {@code json} holds epoch, trainLoss, trainAccuracy, testLoss, testAccuracy. */
        void epoch(String json);

        void progress(String json);

        /** The run ended: status (finished, failed, diverged, cancelled, …) and the server's message. */
        void ended(String status, String message);

        /** The server refused the run or could not be reached; the message says why. */
        void refused(String message);
    }

    private ServerRun() {
    }

    static void start(ClassifierSetup setup, Listener listener) {
        Http.postJson(Site.api("api/runs"), setup.json(), (status, body) -> {
            if (status != 202) {
                String errors = Http.field(body, "errors");
                String error = Http.field(body, "error");
                listener.refused(!errors.isEmpty() ? errors : !error.isEmpty() ? error : body);
                return;
            }
            long id = Long.parseLong(Http.field(body, "id"));
            listener.accepted(id);
            ServerEvents.open(Site.api(Http.field(body, "events")), new String[] {"epoch", "progress", "end"},
                    (name, data) -> {
                        switch (name) {
                            case "epoch" -> listener.epoch(data);
                            case "progress" -> listener.progress(data);
                            case "end" -> listener.ended(Http.field(data, "status"), Http.field(data, "message"));
                            default -> listener.refused("the connection to the server was lost");
                        }
                    });
        });
    }

    /** The run's trained weights, in shared-math's parameter-file format. */
    static void weights(long id, Http.Done done, Http.Failed failed) {
        Http.getBytes(Site.api("api/runs/" + id + "/weights"), (loaded, total) -> { }, done, failed);
    }
}

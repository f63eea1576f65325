package org.divelive.client.train;

import org.divelive.client.js.Http;
import org.divelive.client.js.ServerEvents;
import org.divelive.client.js.Site;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;

/**
 * One full training run on the server for a widget's setup: posted to {@code /api/runs}, then followed over
 * Server-Sent Events. The server trains with the same shared-math on all the images the setup names. The page keeps
 * the run's cancel token (answered once, by the post): Cancel and leaving the page cancel the run with it. A server
 * that refuses the event stream (429: this browser's address already watches as many streams as one client may)
 * is followed by asking {@code GET /api/runs/ID} every {@link #POLL_MS} instead.
 */
final class ServerRun {
    /** How often a refused stream's run is asked for its state. */
    static final int POLL_MS = 2000;

    /** What the widget hears from the run. */
    interface Listener {
        void accepted(long id);

        /** An epoch's figures: {@code json} holds epoch, trainLoss, trainAccuracy, testLoss, testAccuracy. */
        void epoch(String json);

        void progress(String json);

        /** The stream was refused: the run's state now comes by polling ({@code status}, {@code epochsDone}). */
        void polling(String status, int epochsDone);

        /** The run ended: status (finished, failed, diverged, cancelled, …) and the server's message. */
        void ended(String status, String message);

        /** The server refused the run or could not be reached; the message says why. */
        void refused(String message);
    }

    private final Listener listener;
    private long id = -1;
    private String cancelToken = "";
    private JSObject events;
    /** Epochs already handed on, so a switch to polling draws no epoch twice. */
    private int epochsSeen;
    private boolean over;

    private ServerRun(Listener listener) {
        this.listener = listener;
    }

    static ServerRun start(ClassifierSetup setup, Listener listener) {
        ServerRun run = new ServerRun(listener);
        Http.postJson(Site.api("api/runs"), setup.json(), run::answered);
        return run;
    }

    private void answered(int status, String body) {
        if (status != 202) {
            String errors = Http.field(body, "errors");
            String error = Http.field(body, "error");
            listener.refused(!errors.isEmpty() ? errors : !error.isEmpty() ? error : body);
            return;
        }
        id = Long.parseLong(Http.field(body, "id"));
        cancelToken = Http.field(body, "cancelToken");
        Http.cancelOnLeave(cancelUrl(), cancelToken);
        listener.accepted(id);
        events = ServerEvents.open(Site.api(Http.field(body, "events")), new String[] {"epoch", "progress", "end"},
                (name, data) -> {
                    switch (name) {
                        case "epoch" -> {
                            epochsSeen++;
                            listener.epoch(data);
                        }
                        case "progress" -> listener.progress(data);
                        case "end" -> end(Http.field(data, "status"), Http.field(data, "message"));
                        default -> poll(); // refused (429, 503) or lost: the run itself is still there to ask
                    }
                });
    }

    /** Asks the run's state, hands on the epochs not yet seen, and asks again until the run has ended. */
    private void poll() {
        if (over) {
            return;
        }
        Http.getText(Site.api("api/runs/" + id), (status, body) -> {
            if (over) {
                return;
            }
            if (status != 200) {
                end("unknown", Http.field(body, "error"));
                return;
            }
            String epochs = Http.field(body, "epochs");
            int count = epochs.isEmpty() ? 0 : Integer.parseInt(Http.field(epochs, "length"));
            for (int e = epochsSeen; e < count; e++) {
                listener.epoch(Http.field(epochs, String.valueOf(e)));
            }
            epochsSeen = Math.max(epochsSeen, count);
            String runStatus = Http.field(body, "status");
            if (runStatus.equals("queued") || runStatus.equals("running")) {
                listener.polling(runStatus, count);
                Window.setTimeout(this::poll, POLL_MS);
            } else {
                end(runStatus, Http.field(body, "message"));
            }
        });
    }

    private void end(String status, String message) {
        if (over) {
            return;
        }
        over = true;
        Http.cancelOnLeave(cancelUrl(), "");
        if (events != null) {
            ServerEvents.close(events);
        }
        listener.ended(status, message);
    }

    /** Asks the server to cancel the run with its token; the run's own end event (or the next poll) follows. */
    void cancel(Http.Answer answer) {
        Http.postJson(cancelUrl(), "{}", cancelToken, answer);
    }

    /** Whether the run was accepted and has not ended: Cancel applies. */
    boolean active() {
        return id >= 0 && !over;
    }

    long id() {
        return id;
    }

    private String cancelUrl() {
        return Site.api("api/runs/" + id + "/cancel");
    }

    /** The run's trained weights, in shared-math's parameter-file format. */
    static void weights(long id, Http.Done done, Http.Failed failed) {
        Http.getBytes(Site.api("api/runs/" + id + "/weights"), (loaded, total) -> { }, done, failed);
    }
}

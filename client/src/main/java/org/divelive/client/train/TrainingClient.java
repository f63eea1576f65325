package org.divelive.client.train;

import org.divelive.client.js.Messages;
import org.divelive.client.js.Page;
import org.divelive.client.js.Site;
import org.divelive.client.js.Workers;
import org.teavm.jso.JSObject;

/** The page's side of one training worker: commands go out as messages, the worker's messages come back. */
final class TrainingClient {
    private final JSObject worker;

    TrainingClient(Workers.Receiver receiver) {
        // the page's query goes along: ?engine=js picks the JavaScript build over WebAssembly
        this.worker = Workers.start(Site.file("static/training-worker.js") + Page.query());
        Workers.listen(worker, receiver);
    }

    void send(JSObject message) {
        Workers.post(worker, message);
    }

    void command(String type) {
        Workers.post(worker, Messages.of(type));
    }

    void data(JSObject train, JSObject test) {
        JSObject message = Messages.of("data");
        Messages.put(message, "train", train);
        Messages.put(message, "test", test);
        Workers.postMovingBuffers(worker, message);
    }
}

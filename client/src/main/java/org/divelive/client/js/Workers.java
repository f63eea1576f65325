package org.divelive.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** Web Workers, from both sides: the page starts one and talks to it; the worker answers through its global scope. */
public final class Workers {
    private Workers() {
    }

    /** Receives one message's data. */
    @JSFunctor
    public interface Receiver extends JSObject {
        void receive(JSObject data);
    }

    @JSBody(params = "url", script = "return new Worker(url);")
    public static native JSObject start(String url);

    @JSBody(params = {"worker", "receiver"}, script = ""
            + "worker.onmessage = function (event) { receiver(event.data); };"
            + "worker.onerror = function (event) { receiver({type: 'error', message: event.message || 'the worker failed'}); };")
    public static native void listen(JSObject worker, Receiver receiver);

    @JSBody(params = {"worker", "message"}, script = "worker.postMessage(message);")
    public static native void post(JSObject worker, JSObject message);

    /**
     * Posts {@code message} after replacing each of its ArrayBuffer fields by a copy that moves to the worker (a
     * transfer list) instead of being cloned on the way: the page keeps its buffers for other widgets, and copying
     * costs its main thread less than cloning a 47 MB packet.
     */
    @JSBody(params = {"worker", "message"}, script = "var moved = Object.keys(message).filter(function (key) {"
            + " return message[key] instanceof ArrayBuffer; }).map(function (key) {"
            + " message[key] = message[key].slice(0); return message[key]; });"
            + " worker.postMessage(message, moved);")
    public static native void postMovingBuffers(JSObject worker, JSObject message);

    @JSBody(params = "worker", script = "worker.terminate();")
    public static native void stop(JSObject worker);

    /** Inside a worker: every message the page sends. */
    @JSBody(params = "receiver", script = "self.onmessage = function (event) { receiver(event.data); };")
    public static native void onMessage(Receiver receiver);

    /** Inside a worker: a message to the page. */
    @JSBody(params = "message", script = "self.postMessage(message);")
    public static native void reply(JSObject message);

    /**
     * Inside a worker: run {@code task} after pending messages have been handled. Through a message to itself, not
     * {@code setTimeout(task, 0)}, which browsers hold back at least 4 ms once timeouts nest: a tenth of a slice.
     */
    @JSBody(params = "task", script = "var channel = new MessageChannel(); channel.port1.onmessage = function () {"
            + " channel.port1.close(); task(); }; channel.port2.postMessage(0);")
    public static native void later(Task task);

    @JSFunctor
    public interface Task extends JSObject {
        void run();
    }
}

package org.divelive.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Server-Sent Events (EventSource), for following a training run on the server as it happens
 * ({@code static/requests.js}).
 */
public final class ServerEvents {
    private ServerEvents() {
    }

    @JSFunctor
    public interface Listener extends JSObject {
        /** One event: its name and its data, a JSON text. */
        void event(String name, String data);
    }

    /** Opens the stream and passes on the named events; the stream is closed after the final "end" event. */
    @JSBody(params = {"url", "names", "listener"},
            script = "return DiveLive.requests.serverEvents(url, names, listener);")
    public static native JSObject open(String url, String[] names, Listener listener);

    @JSBody(params = "source", script = "source.close();")
    public static native void close(JSObject source);
}

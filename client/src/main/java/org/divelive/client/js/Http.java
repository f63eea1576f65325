package org.divelive.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Binary downloads with progress, and JSON posts ({@code static/requests.js}). A gzip file (a static export's
 * Fashion-MNIST packet, which a plain file server sends as it is) is unpacked before it is handed on.
 */
public final class Http {
    private Http() {
    }

    @JSFunctor
    public interface Progress extends JSObject {
        /** {@code total} is −1 when the server did not say. */
        void update(double loaded, double total);
    }

    @JSFunctor
    public interface Done extends JSObject {
        void done(JSObject arrayBuffer);
    }

    @JSFunctor
    public interface Failed extends JSObject {
        /** The server's own message when it sent one ({@code {"error": "…"}}), else a description. */
        void failed(int status, String message);
    }

    @JSBody(params = {"url", "progress", "done", "failed"},
            script = "DiveLive.requests.getBytes(url, progress, done, failed);")
    public static native void getBytes(String url, Progress progress, Done done, Failed failed);

    @JSFunctor
    public interface Answer extends JSObject {
        /** The status and the body as text (0 and a description when the server could not be reached). */
        void answer(int status, String body);
    }

    @JSBody(params = {"url", "json", "answer"}, script = "DiveLive.requests.postJson(url, json, answer, '');")
    public static native void postJson(String url, String json, Answer answer);

    /** A JSON post authorised by {@code token} (e.g. a run's cancel token). */
    @JSBody(params = {"url", "json", "token", "answer"},
            script = "DiveLive.requests.postJson(url, json, answer, token);")
    public static native void postJson(String url, String json, String token, Answer answer);

    /** A GET whose answer is text (a run's state, asked again while its event stream is refused). */
    @JSBody(params = {"url", "answer"}, script = "DiveLive.requests.getText(url, answer);")
    public static native void getText(String url, Answer answer);

    /**
     * While {@code token} is set, leaving the page (closing it, or going elsewhere) posts to {@code url} with it; the
     * empty token stops that.
     */
    @JSBody(params = {"url", "token"}, script = "DiveLive.requests.cancelOnLeave(url, token);")
    public static native void cancelOnLeave(String url, String token);

    /**
     * A field of a JSON text, or the empty string: for the few fields the page reads from server answers (of an
     * array text, "length" and the element indices "0", "1", … too).
     */
    @JSBody(params = {"json", "key"}, script = "return DiveLive.requests.field(json, key);")
    public static native String field(String json, String key);
}

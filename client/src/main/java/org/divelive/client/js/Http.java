package org.divelive.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** Binary downloads with progress (fetch has no progress events, XMLHttpRequest does). */
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

    @JSBody(params = {"url", "progress", "done", "failed"}, script = ""
            + "var request = new XMLHttpRequest();"
            + "request.open('GET', url);"
            + "request.responseType = 'arraybuffer';"
            + "request.onprogress = function (event) { progress(event.loaded, event.lengthComputable ? event.total : -1); };"
            + "request.onload = function () {"
            + "  if (request.status === 200) { done(request.response); return; }"
            + "  var text = new TextDecoder().decode(request.response);"
            + "  var message = text;"
            + "  try { var body = JSON.parse(text); message = body.error || body.message || text; } catch (parseError) { }"
            + "  failed(request.status, message || ('the server answered ' + request.status));"
            + "};"
            + "request.onerror = function () { failed(0, 'the server could not be reached'); };"
            + "request.send();")
    public static native void getBytes(String url, Progress progress, Done done, Failed failed);

    @JSFunctor
    public interface Answer extends JSObject {
        /** The status and the body as text (0 and a description when the server could not be reached). */
        void answer(int status, String body);
    }

    @JSBody(params = {"url", "json", "answer"}, script = ""
            + "var request = new XMLHttpRequest();"
            + "request.open('POST', url);"
            + "request.setRequestHeader('Content-Type', 'application/json');"
            // a reader who joined a class runs as that learner (static/classmode.js sets DiveLiveLearner)
            + "if (window.DiveLiveLearner) { request.setRequestHeader('Authorization', 'Bearer ' + window.DiveLiveLearner.token); }"
            + "request.onload = function () { answer(request.status, request.responseText); };"
            + "request.onerror = function () { answer(0, 'the server could not be reached'); };"
            + "request.send(json);")
    public static native void postJson(String url, String json, Answer answer);

    /** A field of a JSON text, or the empty string: for the few fields the page reads from server answers. */
    @JSBody(params = {"json", "key"}, script = ""
            + "try { var value = JSON.parse(json)[key]; return value === undefined || value === null ? '' :"
            + " (typeof value === 'object' ? JSON.stringify(value) : String(value)); } catch (parseError) { return ''; }")
    public static native String field(String json, String key);
}

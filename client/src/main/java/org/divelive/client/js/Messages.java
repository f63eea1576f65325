package org.divelive.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Plain JavaScript objects, the messages between the page and its training worker: made and read through these few
 * calls, so the protocol stays visible in Java ({@code Messages.of("step").set("loss", 0.3)}).
 */
public final class Messages {
    private Messages() {
    }

    @JSBody(params = "type", script = "return {type: type};")
    public static native JSObject of(String type);

    @JSBody(params = {"o", "key", "value"}, script = "o[key] = value; return o;")
    public static native JSObject put(JSObject o, String key, double value);

    @JSBody(params = {"o", "key", "value"}, script = "o[key] = value; return o;")
    public static native JSObject put(JSObject o, String key, String value);

    @JSBody(params = {"o", "key", "value"}, script = "o[key] = value; return o;")
    public static native JSObject put(JSObject o, String key, JSObject value);

    @JSBody(params = {"o", "key", "value"}, script = "o[key] = value; return o;")
    public static native JSObject put(JSObject o, String key, boolean value);

    /** A copy of the floats as a Float32Array field. */
    @JSBody(params = {"o", "key", "values"}, script = "o[key] = values; return o;")
    public static native JSObject putFloats(JSObject o, String key, float[] values);

    @JSBody(params = {"o", "key", "values"}, script = "o[key] = values; return o;")
    public static native JSObject putInts(JSObject o, String key, int[] values);

    @JSBody(params = {"o", "key", "values"}, script = "o[key] = values; return o;")
    public static native JSObject putBytes(JSObject o, String key, byte[] values);

    @JSBody(params = {"o", "key"}, script = "return String(o[key]);")
    public static native String text(JSObject o, String key);

    @JSBody(params = {"o", "key"}, script = "return Number(o[key]);")
    public static native double number(JSObject o, String key);

    @JSBody(params = {"o", "key"}, script = "return o[key] !== undefined && o[key] !== null;")
    public static native boolean has(JSObject o, String key);

    @JSBody(params = {"o", "key"}, script = "return o[key];")
    public static native JSObject object(JSObject o, String key);

    /** A byte field (an ArrayBuffer or any typed array) as a Java array. */
    @JSBody(params = {"o", "key"}, script = "var field = o[key]; return new Int8Array(field.buffer ? field.buffer : field);")
    public static native byte[] bytes(JSObject o, String key);

    @JSBody(params = {"o", "key"}, script = "return new Float32Array(o[key]);")
    public static native float[] floats(JSObject o, String key);

    @JSBody(params = {"o", "key"}, script = "return new Int32Array(o[key]);")
    public static native int[] ints(JSObject o, String key);
}

package org.divelive.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Downloaded bytes handed to Java: an ArrayBuffer viewed as signed bytes, which is what a Java byte[] is in TeaVM. */
public final class Binary {
    private Binary() {
    }

    @JSBody(params = "buffer", script = "return new Int8Array(buffer);")
    public static native byte[] bytes(JSObject buffer);
}

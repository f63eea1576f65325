package org.divelive.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** Small images on canvases, Fashion-MNIST pictures and weight vectors seen as pictures ({@code static/images.js}). */
public final class Canvas {
    private Canvas() {
    }

    /**
     * Draws {@code size}×{@code size} values starting at {@code offset} onto the canvas. With {@code signed} false
     * values in [0, 1] are ink on paper (1 = dark); with {@code signed} true the values are scaled by their largest
     * magnitude and drawn blue for positive, red for negative, white for zero, as weights are usually shown.
     */
    @JSBody(params = {"canvas", "values", "offset", "size", "signed"},
            script = "DiveLive.images.drawSquare(canvas, values, offset, size, signed);")
    public static native void drawSquare(HTMLElement canvas, float[] values, int offset, int size, boolean signed);
}

package org.divelive.client.js;

import java.util.Arrays;

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
    public static void drawSquare(HTMLElement canvas, float[] values, int offset, int size, boolean signed) {
        // a float[] crosses into JavaScript as a copy of the whole array: hand over this picture's values only (a
        // gallery of 80 pictures from 1,000 images had copied 63 million floats in one task)
        draw(canvas, Arrays.copyOfRange(values, offset, offset + size * size), size, signed);
    }

    @JSBody(params = {"canvas", "values", "size", "signed"},
            script = "DiveLive.images.drawSquare(canvas, values, size, signed);")
    private static native void draw(HTMLElement canvas, float[] values, int size, boolean signed);
}

package org.divelive.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** Small grayscale images on canvases: Fashion-MNIST pictures and weight vectors seen as pictures. */
public final class Canvas {
    private Canvas() {
    }

    /**
     * Draws {@code size}×{@code size} values starting at {@code offset} onto the canvas. With {@code signed} false
     * values in [0, 1] are ink on paper (1 = dark); with {@code signed} true the values are scaled by their largest
     * magnitude and drawn blue for positive, red for negative, white for zero, as weights are usually shown.
     */
    @JSBody(params = {"canvas", "values", "offset", "size", "signed"}, script = ""
            + "canvas.width = size; canvas.height = size;"
            + "var context = canvas.getContext('2d');"
            + "var image = context.createImageData(size, size);"
            + "var n = size * size, scale = 0;"
            + "if (signed) { for (var i = 0; i < n; i++) { scale = Math.max(scale, Math.abs(values[offset + i])); } }"
            + "for (var i = 0; i < n; i++) {"
            + "  var v = values[offset + i], r, g, b;"
            + "  if (signed) {"
            + "    var t = scale > 0 ? v / scale : 0;"
            + "    r = t < 0 ? 255 : Math.round(255 * (1 - t)); g = Math.round(255 * (1 - Math.abs(t)));"
            + "    b = t > 0 ? 255 : Math.round(255 * (1 + t));"
            + "  } else { r = g = b = Math.round(255 * (1 - v)); }"
            + "  image.data[4 * i] = r; image.data[4 * i + 1] = g; image.data[4 * i + 2] = b; image.data[4 * i + 3] = 255;"
            + "}"
            + "context.putImageData(image, 0, 0);")
    public static native void drawSquare(HTMLElement canvas, float[] values, int offset, int size, boolean signed);
}

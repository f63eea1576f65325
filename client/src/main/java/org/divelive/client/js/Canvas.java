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
            // long local names: TeaVM renames the parameters to single letters, which must not be shadowed
            + "canvas.width = size; canvas.height = size;"
            + "var context = canvas.getContext('2d');"
            + "var image = context.createImageData(size, size);"
            + "var pixelCount = size * size, scale = 0;"
            + "if (signed) {"
            + "  for (var at = 0; at < pixelCount; at++) { scale = Math.max(scale, Math.abs(values[offset + at])); }"
            + "}"
            + "for (var pixel = 0; pixel < pixelCount; pixel++) {"
            + "  var value = values[offset + pixel], red, green, blue;"
            + "  if (signed) {"
            + "    var share = scale > 0 ? value / scale : 0;"
            + "    red = share < 0 ? 255 : Math.round(255 * (1 - share));"
            + "    green = Math.round(255 * (1 - Math.abs(share)));"
            + "    blue = share > 0 ? 255 : Math.round(255 * (1 + share));"
            + "  } else { red = green = blue = Math.round(255 * (1 - value)); }"
            + "  image.data[4 * pixel] = red; image.data[4 * pixel + 1] = green;"
            + "  image.data[4 * pixel + 2] = blue; image.data[4 * pixel + 3] = 255;"
            + "}"
            + "context.putImageData(image, 0, 0);")
    public static native void drawSquare(HTMLElement canvas, float[] values, int offset, int size, boolean signed);
}

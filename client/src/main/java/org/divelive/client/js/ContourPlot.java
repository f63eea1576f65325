package org.divelive.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A loss surface over two parameters as filled contour bands on a canvas, with a path over it. The surface is
 * rendered once into an image kept on the canvas ({@link #drawSurface}); each frame then only copies it and draws the
 * path ({@link #drawPath}). Colours follow log₁₀ of the value in 16 equal bands from the grid's lowest value (dark)
 * to its highest (light), so the valley shows whatever the level of the surface. The drawing is
 * {@code static/contour-plot.js}.
 */
public final class ContourPlot {
    private ContourPlot() {
    }

    /**
     * Renders the grid (row-major, row 0 at the bottom, both ends included) into the plot area, interpolating
     * log₁₀ values between grid points.
     */
    @JSBody(params = {"canvas", "values", "columns", "rows"},
            script = "DiveLive.contourPlot.drawSurface(canvas, values, columns, rows);")
    public static native void drawSurface(HTMLElement canvas, double[] values, int columns, int rows);

    /**
     * Copies the rendered surface, draws the axes (integer ticks), the path through {@code count} points, the last
     * point highlighted, and a cross at ({@code markX}, {@code markY}).
     */
    @JSBody(params = {"canvas", "xMin", "xMax", "yMin", "yMax", "xs", "ys", "count", "markX", "markY", "xTitle",
        "yTitle"}, script = "DiveLive.contourPlot.drawPath(canvas, xMin, xMax, yMin, yMax, xs, ys, count, markX,"
            + " markY, xTitle, yTitle);")
    public static native void drawPath(HTMLElement canvas, double xMin, double xMax, double yMin, double yMax,
            float[] xs, float[] ys, int count, double markX, double markY, String xTitle, String yTitle);
}

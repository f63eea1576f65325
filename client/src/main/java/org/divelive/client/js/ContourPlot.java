package org.divelive.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A loss surface over two parameters as filled contour bands on a canvas, with a path over it. The surface is
 * rendered once into an image kept on the canvas ({@link #drawSurface}); each frame then only copies it and draws the
 * path ({@link #drawPath}). Colours follow log₁₀ of the value in 16 equal bands from the grid's lowest value (dark)
 * to its highest (light), so the valley shows whatever the level of the surface.
 *
 * <p>TeaVM renames a script's parameters to single letters, so the scripts' own variables have longer names.
 */
public final class ContourPlot {
    private ContourPlot() {
    }

    /**
     * Renders the grid (row-major, row 0 at the bottom, both ends included) into the plot area, interpolating
     * log₁₀ values between grid points.
     */
    @JSBody(params = {"canvas", "values", "columns", "rows"}, script = ""
            + "var margin = {left: 40, right: 10, top: 10, bottom: 34};"
            + "var plotWidth = canvas.width - margin.left - margin.right;"
            + "var plotHeight = canvas.height - margin.top - margin.bottom;"
            + "var logs = new Float64Array(values.length), lowest = Infinity, highest = -Infinity;"
            + "for (var at = 0; at < values.length; at++) {"
            + "  logs[at] = Math.log(Math.max(values[at], 1e-12)) / Math.LN10;"
            + "  lowest = Math.min(lowest, logs[at]); highest = Math.max(highest, logs[at]);"
            + "}"
            + "var span = Math.max(highest - lowest, 1e-9);"
            + "var image = new ImageData(plotWidth, plotHeight);"
            + "var stops = [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]];"
            + "for (var row = 0; row < plotHeight; row++) {"
            + "  var gridY = (1 - row / (plotHeight - 1)) * (rows - 1);"
            + "  var below = Math.min(Math.floor(gridY), rows - 2), upFraction = gridY - below;"
            + "  for (var column = 0; column < plotWidth; column++) {"
            + "    var gridX = column / (plotWidth - 1) * (columns - 1);"
            + "    var left = Math.min(Math.floor(gridX), columns - 2), rightFraction = gridX - left;"
            + "    var corner = below * columns + left;"
            + "    var level = (logs[corner] * (1 - rightFraction) + logs[corner + 1] * rightFraction) * (1 - upFraction)"
            + "      + (logs[corner + columns] * (1 - rightFraction) + logs[corner + columns + 1] * rightFraction)"
            + "      * upFraction;"
            + "    var band = Math.min(Math.floor((level - lowest) / span * 16), 15) / 15;"
            + "    var scaled = Math.min(band * 4, 3.9999), stop = Math.floor(scaled), mix = scaled - stop;"
            + "    var pixel = 4 * (row * plotWidth + column);"
            + "    for (var channel = 0; channel < 3; channel++) {"
            + "      image.data[pixel + channel] = Math.round(stops[stop][channel] * (1 - mix)"
            + "        + stops[stop + 1][channel] * mix);"
            + "    }"
            + "    image.data[pixel + 3] = 255;"
            + "  }"
            + "}"
            + "var surface = document.createElement('canvas');"
            + "surface.width = plotWidth; surface.height = plotHeight;"
            + "surface.getContext('2d').putImageData(image, 0, 0);"
            + "canvas.divelivesurface = surface;")
    public static native void drawSurface(HTMLElement canvas, double[] values, int columns, int rows);

    /**
     * Copies the rendered surface, draws the axes (integer ticks), the path through {@code count} points, the last
     * point highlighted, and a cross at ({@code markX}, {@code markY}).
     */
    @JSBody(params = {"canvas", "xMin", "xMax", "yMin", "yMax", "xs", "ys", "count", "markX", "markY", "xTitle",
        "yTitle"}, script = ""
            + "var margin = {left: 40, right: 10, top: 10, bottom: 34};"
            + "var plotWidth = canvas.width - margin.left - margin.right;"
            + "var plotHeight = canvas.height - margin.top - margin.bottom;"
            + "var context = canvas.getContext('2d');"
            + "var ink = getComputedStyle(canvas).color;"
            + "context.clearRect(0, 0, canvas.width, canvas.height);"
            + "if (canvas.divelivesurface) { context.drawImage(canvas.divelivesurface, margin.left, margin.top); }"
            + "function toX(value) { return margin.left + (value - xMin) / (xMax - xMin) * plotWidth; }"
            + "function toY(value) { return margin.top + (1 - (value - yMin) / (yMax - yMin)) * plotHeight; }"
            + "context.fillStyle = ink; context.strokeStyle = ink; context.font = '11px sans-serif';"
            + "context.lineWidth = 1;"
            + "context.strokeRect(margin.left, margin.top, plotWidth, plotHeight);"
            + "context.textAlign = 'center'; context.textBaseline = 'top';"
            + "var bottom = margin.top + plotHeight;"
            + "for (var tick = Math.ceil(xMin); tick <= xMax; tick++) {"
            + "  context.beginPath(); context.moveTo(toX(tick), bottom); context.lineTo(toX(tick), bottom + 4);"
            + "  context.stroke(); context.fillText(String(tick), toX(tick), bottom + 6);"
            + "}"
            + "context.fillText(xTitle, margin.left + plotWidth / 2, bottom + 19);"
            + "context.textAlign = 'right'; context.textBaseline = 'middle';"
            + "for (var tick = Math.ceil(yMin); tick <= yMax; tick++) {"
            + "  context.beginPath(); context.moveTo(margin.left - 4, toY(tick)); context.lineTo(margin.left, toY(tick));"
            + "  context.stroke(); context.fillText(String(tick), margin.left - 6, toY(tick));"
            + "}"
            + "context.save(); context.translate(10, margin.top + plotHeight / 2); context.rotate(-Math.PI / 2);"
            + "context.textAlign = 'center'; context.fillText(yTitle, 0, 0); context.restore();"
            + "context.save(); context.beginPath(); context.rect(margin.left, margin.top, plotWidth, plotHeight);"
            + "context.clip();"
            + "context.strokeStyle = '#ffffff'; context.lineWidth = 2; context.beginPath();"
            + "context.moveTo(toX(markX) - 6, toY(markY) - 6); context.lineTo(toX(markX) + 6, toY(markY) + 6);"
            + "context.moveTo(toX(markX) + 6, toY(markY) - 6); context.lineTo(toX(markX) - 6, toY(markY) + 6);"
            + "context.stroke();"
            + "if (count > 0) {"
            + "  context.strokeStyle = '#ff6b6b'; context.lineWidth = 2; context.beginPath();"
            + "  context.moveTo(toX(xs[0]), toY(ys[0]));"
            + "  for (var point = 1; point < count; point++) { context.lineTo(toX(xs[point]), toY(ys[point])); }"
            + "  context.stroke();"
            + "  context.fillStyle = '#e03131'; context.strokeStyle = '#ffffff'; context.lineWidth = 2;"
            + "  context.beginPath(); context.arc(toX(xs[count - 1]), toY(ys[count - 1]), 5, 0, 2 * Math.PI);"
            + "  context.fill(); context.stroke();"
            + "}"
            + "context.restore();")
    public static native void drawPath(HTMLElement canvas, double xMin, double xMax, double yMin, double yMax,
            float[] xs, float[] ys, int count, double markX, double markY, String xTitle, String yTitle);
}

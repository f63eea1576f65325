package org.divelive.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The one overlay over Chart.js (served from its webjar). Widgets create charts and feed points through these calls;
 * they never touch Chart.js directly. The charts' configurations are in {@code static/charts.js}.
 */
public final class Charts {
    private Charts() {
    }

    /** A line chart of y against a linear x, one dataset per series label; {@code logY} for losses. */
    @JSBody(params = {"canvas", "xTitle", "yTitle", "logY", "labels", "colors"},
            script = "return DiveLive.charts.lineChart(canvas, xTitle, yTitle, logY, labels, colors);")
    public static native JSObject lineChart(HTMLElement canvas, String xTitle, String yTitle, boolean logY,
            String[] labels, String[] colors);

    /** A scatter of points (dataset 0) with a straight line over it (dataset 1). */
    @JSBody(params = {"canvas", "xTitle", "yTitle", "pointsLabel", "lineLabel"},
            script = "return DiveLive.charts.scatterWithLine(canvas, xTitle, yTitle, pointsLabel, lineLabel);")
    public static native JSObject scatterWithLine(HTMLElement canvas, String xTitle, String yTitle,
            String pointsLabel, String lineLabel);

    /** An empty scatter chart over linear axes; its series come from {@link #addSeries}. */
    @JSBody(params = {"canvas", "xTitle", "yTitle"},
            script = "return DiveLive.charts.scatterChart(canvas, xTitle, yTitle);")
    public static native JSObject scatterChart(HTMLElement canvas, String xTitle, String yTitle);

    /**
     * Adds a series and returns its dataset index: points ({@code line} false) or a line without point marks,
     * solid or dashed. Works on line and scatter charts alike.
     */
    @JSBody(params = {"chart", "label", "color", "line", "dashed"},
            script = "return DiveLive.charts.addSeries(chart, label, color, line, dashed);")
    public static native int addSeries(JSObject chart, String label, String color, boolean line, boolean dashed);

    /** Removes every series (and its points) from the chart. */
    @JSBody(params = "chart", script = "chart.data.datasets.length = 0;")
    public static native void removeAllSeries(JSObject chart);

    /**
     * Curves over a linear x under a title: dataset i is drawn in {@code colors[i]}, solid when {@code dashes[i]} is
     * 0, else dashed with that dash length; a last dataset, {@code markerLabel}, shows only its points, to mark one x
     * on the curves. No legend: the page says in words what is dashed.
     */
    @JSBody(params = {"canvas", "title", "xTitle", "yTitle", "labels", "colors", "dashes", "markerLabel"},
            script = "return DiveLive.charts.curves(canvas, title, xTitle, yTitle, labels, colors, dashes,"
                    + " markerLabel);")
    public static native JSObject curves(HTMLElement canvas, String title, String xTitle, String yTitle,
            String[] labels, String[] colors, int[] dashes, String markerLabel);

    @JSBody(params = {"chart", "dataset", "x", "y"}, script = "chart.data.datasets[dataset].data.push({x: x, y: y});")
    public static native void addPoint(JSObject chart, int dataset, double x, double y);

    @JSBody(params = {"chart", "dataset"}, script = "chart.data.datasets[dataset].data.length = 0;")
    public static native void clear(JSObject chart, int dataset);

    /** Redraws without animation: called at most once per frame, never per training step. */
    @JSBody(params = "chart", script = "chart.update('none');")
    public static native void update(JSObject chart);

    @JSBody(params = "chart", script = "chart.destroy();")
    public static native void destroy(JSObject chart);
}

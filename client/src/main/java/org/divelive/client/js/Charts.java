package org.divelive.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The one overlay over Chart.js (served from its webjar). Widgets create charts and feed points through these calls;
 * they never touch Chart.js directly. Scripts are ES5: TeaVM parses them when it compiles.
 */
public final class Charts {
    private Charts() {
    }

    /** A line chart of y against a linear x, one dataset per series label; {@code logY} for losses. */
    @JSBody(params = {"canvas", "xTitle", "yTitle", "logY", "labels", "colors"}, script = ""
            + "var datasets = [];"
            + "for (var series = 0; series < labels.length; series++) {"
            + "  datasets.push({label: labels[series], data: [], borderColor: colors[series],"
            + "                 backgroundColor: colors[series], pointRadius: 0, borderWidth: 1.5, tension: 0});"
            + "}"
            + "return new Chart(canvas, {type: 'line', data: {datasets: datasets},"
            + "  options: {animation: false, parsing: false, normalized: true, responsive: true,"
            + "    maintainAspectRatio: false,"
            + "    scales: {x: {type: 'linear', title: {display: true, text: xTitle}},"
            + "             y: {type: logY ? 'logarithmic' : 'linear', title: {display: true, text: yTitle},"
            + "                 ticks: logY ? {callback: powerOfTenLabel} : {}}}}});"
            // on a log axis, label only the powers of ten, as 1e-4 rather than 0.00010
            + "function powerOfTenLabel(tickValue) {"
            + "  var exponent = Math.round(Math.log(tickValue) / Math.LN10);"
            + "  return Math.abs(tickValue / Math.pow(10, exponent) - 1) < 1e-6 ? '1e' + exponent : '';"
            + "}")
    public static native JSObject lineChart(HTMLElement canvas, String xTitle, String yTitle, boolean logY,
            String[] labels, String[] colors);

    /** A scatter of points (dataset 0) with a straight line over it (dataset 1). */
    @JSBody(params = {"canvas", "xTitle", "yTitle", "pointsLabel", "lineLabel"}, script = ""
            + "return new Chart(canvas, {type: 'scatter', data: {datasets: ["
            + "    {label: pointsLabel, data: [], pointRadius: 1.5, backgroundColor: 'rgba(90, 120, 160, 0.45)'},"
            + "    {label: lineLabel, type: 'line', data: [], borderColor: '#d9480f', borderWidth: 2, pointRadius: 0}]},"
            + "  options: {animation: false, parsing: false, responsive: true, maintainAspectRatio: false,"
            + "    scales: {x: {type: 'linear', title: {display: true, text: xTitle}},"
            + "             y: {type: 'linear', title: {display: true, text: yTitle}}}}});")
    public static native JSObject scatterWithLine(HTMLElement canvas, String xTitle, String yTitle,
            String pointsLabel, String lineLabel);

    /** An empty scatter chart over linear axes; its series come from {@link #addSeries}. */
    @JSBody(params = {"canvas", "xTitle", "yTitle"}, script = ""
            + "return new Chart(canvas, {type: 'scatter', data: {datasets: []},"
            + "  options: {animation: false, parsing: false, responsive: true, maintainAspectRatio: false,"
            + "    scales: {x: {type: 'linear', title: {display: true, text: xTitle}},"
            + "             y: {type: 'linear', title: {display: true, text: yTitle}}}}});")
    public static native JSObject scatterChart(HTMLElement canvas, String xTitle, String yTitle);

    /**
     * Adds a series and returns its dataset index: points ({@code line} false) or a line without point marks,
     * solid or dashed. Works on line and scatter charts alike.
     */
    @JSBody(params = {"chart", "label", "color", "line", "dashed"}, script = ""
            + "chart.data.datasets.push({label: label, data: [], borderColor: color, backgroundColor: color,"
            + "  showLine: line, pointRadius: line ? 0 : 2.5, borderWidth: line ? 2 : 1, tension: 0,"
            + "  borderDash: dashed ? [6, 4] : []});"
            + "return chart.data.datasets.length - 1;")
    public static native int addSeries(JSObject chart, String label, String color, boolean line, boolean dashed);

    /** Removes every series (and its points) from the chart. */
    @JSBody(params = "chart", script = "chart.data.datasets.length = 0;")
    public static native void removeAllSeries(JSObject chart);

    /**
     * Curves over a linear x under a title: dataset i is drawn in {@code colors[i]}, solid when {@code dashes[i]} is
     * 0, else dashed with that dash length; a last dataset, {@code markerLabel}, shows only its points, to mark one x
     * on the curves. No legend (Chart.js draws dashed lines in it as boxes): the page says in words what is dashed.
     */
    @JSBody(params = {"canvas", "title", "xTitle", "yTitle", "labels", "colors", "dashes", "markerLabel"},
            script = ""
            // TeaVM renames the parameters to single letters: the loop variable must not be one of them
            + "var datasets = [];"
            + "for (var series = 0; series < labels.length; series++) {"
            + "  datasets.push({label: labels[series], data: [], borderColor: colors[series],"
            + "                 backgroundColor: colors[series],"
            + "                 borderDash: dashes[series] > 0 ? [dashes[series], dashes[series] / 2] : [],"
            + "                 pointRadius: 0, borderWidth: 2, tension: 0});"
            + "}"
            + "datasets.push({label: markerLabel, data: [], showLine: false, pointRadius: 5, pointHoverRadius: 6,"
            + "               borderColor: '#495057', backgroundColor: '#f8f9fa', borderWidth: 2});"
            + "return new Chart(canvas, {type: 'line', data: {datasets: datasets},"
            + "  options: {animation: false, parsing: false, normalized: true, responsive: true,"
            + "    maintainAspectRatio: false,"
            + "    plugins: {legend: {display: false}, title: {display: true, text: title}},"
            + "    scales: {x: {type: 'linear', title: {display: true, text: xTitle}},"
            + "             y: {type: 'linear', title: {display: true, text: yTitle}}}}});")
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

package org.divelive.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The training chart of the classifier widgets, over epochs: losses on the left axis, accuracies (0 to 1) on the
 * right. Series, by index: 0 step loss (smoothed), 1 train loss, 2 train accuracy, 3 test accuracy, 4 server test
 * accuracy, 5 server train loss. Points go in through {@link Charts#addPoint}.
 */
public final class TrainingChart {
    public static final int STEP_LOSS = 0;
    public static final int TRAIN_LOSS = 1;
    public static final int TRAIN_ACCURACY = 2;
    public static final int TEST_ACCURACY = 3;
    public static final int SERVER_TEST_ACCURACY = 4;
    public static final int SERVER_TRAIN_LOSS = 5;

    private TrainingChart() {
    }

    @JSBody(params = {"canvas", "labels", "epochTitle", "lossTitle", "accuracyTitle"}, script = ""
            + "var colors = ['rgba(28,126,214,0.55)', '#1c7ed6', '#2b8a3e', '#e8590c', '#862e9c', '#ae3ec9'];"
            + "var axes = ['loss', 'loss', 'accuracy', 'accuracy', 'accuracy', 'loss'];"
            + "var dashed = [false, false, false, false, true, true];"
            + "var datasets = [];"
            + "for (var series = 0; series < labels.length; series++) {"
            + "  datasets.push({label: labels[series], data: [], yAxisID: axes[series], borderColor: colors[series],"
            + "    backgroundColor: colors[series], borderWidth: series === 0 ? 1 : 2,"
            + "    pointRadius: series === 0 ? 0 : 2.5, borderDash: dashed[series] ? [6, 4] : [], tension: 0,"
            + "    hidden: series >= 4});"
            + "}"
            + "return new Chart(canvas, {type: 'line', data: {datasets: datasets},"
            + "  options: {animation: false, parsing: false, responsive: true, maintainAspectRatio: false,"
            + "    interaction: {mode: 'nearest', intersect: false},"
            // the server's series stay out of the legend until a server run shows them
            + "    plugins: {legend: {labels: {filter: function (legendItem) {"
            + "      return legendItem.datasetIndex < 4 || !legendItem.hidden; }}}},"
            + "    scales: {x: {type: 'linear', min: 0, title: {display: true, text: epochTitle}},"
            + "      loss: {type: 'linear', position: 'left', min: 0, title: {display: true, text: lossTitle}},"
            + "      accuracy: {type: 'linear', position: 'right', min: 0, max: 1, grid: {drawOnChartArea: false},"
            + "        title: {display: true, text: accuracyTitle}}}}});")
    public static native JSObject create(HTMLElement canvas, String[] labels, String epochTitle, String lossTitle,
            String accuracyTitle);

    /** Shows a series hidden until now (the server's, once a server run starts). */
    @JSBody(params = {"chart", "dataset"}, script = "chart.data.datasets[dataset].hidden = false;")
    public static native void show(JSObject chart, int dataset);
}

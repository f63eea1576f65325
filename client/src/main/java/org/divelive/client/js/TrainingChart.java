package org.divelive.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The training chart of the classifier widgets, over epochs: losses on the left axis, accuracies (0 to 1) on the
 * right, one dataset per {@link Series} (the server's hidden until {@link #show}). Points go in through
 * {@link Charts#addPoint} at {@link Series#index}; the configuration is in {@code static/charts.js}.
 */
public final class TrainingChart {
    /** The series in the order of the chart's datasets; the step loss is smoothed. */
    public enum Series {
        STEP_LOSS, TRAIN_LOSS, TRAIN_ACCURACY, TEST_ACCURACY, SERVER_TEST_ACCURACY, SERVER_TRAIN_LOSS;

        public int index() {
            return ordinal();
        }
    }

    private TrainingChart() {
    }

    @JSBody(params = {"canvas", "labels", "epochTitle", "lossTitle", "accuracyTitle"},
            script = "return DiveLive.charts.trainingChart(canvas, labels, epochTitle, lossTitle, accuracyTitle);")
    public static native JSObject create(HTMLElement canvas, String[] labels, String epochTitle, String lossTitle,
            String accuracyTitle);

    /** Shows a series hidden until now (the server's, once a server run starts). */
    public static void show(JSObject chart, Series series) {
        showDataset(chart, series.index());
    }

    @JSBody(params = {"chart", "dataset"}, script = "chart.data.datasets[dataset].hidden = false;")
    private static native void showDataset(JSObject chart, int dataset);
}

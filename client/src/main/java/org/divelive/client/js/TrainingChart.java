package org.divelive.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The training chart of the classifier widgets, over epochs: losses on the left axis, accuracies (0 to 1) on the
 * right. Series, by index: 0 step loss (smoothed), 1 train loss, 2 train accuracy, 3 test accuracy, 4 server test
 * accuracy, 5 server train loss (the server's hidden until {@link #show}). Points go in through
 * {@link Charts#addPoint}; the configuration is in {@code static/charts.js}.
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

    @JSBody(params = {"canvas", "labels", "epochTitle", "lossTitle", "accuracyTitle"},
            script = "return DiveLive.charts.trainingChart(canvas, labels, epochTitle, lossTitle, accuracyTitle);")
    public static native JSObject create(HTMLElement canvas, String[] labels, String epochTitle, String lossTitle,
            String accuracyTitle);

    /** Shows a series hidden until now (the server's, once a server run starts). */
    @JSBody(params = {"chart", "dataset"}, script = "chart.data.datasets[dataset].hidden = false;")
    public static native void show(JSObject chart, int dataset);
}

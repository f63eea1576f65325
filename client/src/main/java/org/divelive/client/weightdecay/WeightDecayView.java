package org.divelive.client.weightdecay;

import static org.divelive.client.widget.Words.of;

import org.divelive.client.js.Charts;
import org.divelive.client.js.Numbers;
import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.WidgetHost;
import org.divelive.client.widget.Words;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The views of {@code weight-decay}: every run's losses and ‖w‖ overlaid, one colour per run, and a table row with
 * where each run ended. Points are recorded as they come and drawn once per frame.
 */
final class WeightDecayView {
    private static final String[] COLORS = {"#1c7ed6", "#e8590c", "#2b8a3e", "#862e9c", "#c2255c", "#0b7285",
        "#5c940d", "#495057"};

    private final WidgetHost host;
    private final JSObject lossChart;
    private final JSObject normChart;
    private int runs;
    private int trainSeries;
    private int testSeries;
    private int normSeries;

    WeightDecayView(WidgetHost host) {
        this.host = host;
        this.lossChart = Charts.lineChart(host.element("loss-chart"), Words.EPOCH_AXIS,
                of("loss (log scale)", "损失（对数刻度）"), true, new String[0], new String[0]);
        this.normChart = Charts.lineChart(host.element("norm-chart"), Words.EPOCH_AXIS, "‖w‖", false, new String[0],
                new String[0]);
    }

    /** New series for a run with this λ, its ‖w‖ before training at epoch 0. */
    void startRun(double lambda, double initialNorm) {
        String color = COLORS[runs % COLORS.length];
        trainSeries = Charts.addSeries(lossChart, Sentence.DECAY_TRAIN_SERIES.format(lambda), color, true, false);
        testSeries = Charts.addSeries(lossChart, Sentence.DECAY_TEST_SERIES.format(lambda), color, true, true);
        normSeries = Charts.addSeries(normChart, "λ = " + num(lambda), color, true, false);
        Charts.addPoint(normChart, normSeries, 0, initialNorm);
        runs++;
    }

    void recordEpoch(int epoch, double trainLoss, double testLoss, double norm) {
        Charts.addPoint(lossChart, trainSeries, epoch, trainLoss);
        Charts.addPoint(lossChart, testSeries, epoch, testLoss);
        Charts.addPoint(normChart, normSeries, epoch, norm);
    }

    /** The table row of a finished run. */
    void finishRun(double lambda, double trainLoss, double testLoss, double norm) {
        HTMLElement row = HTMLDocument.current().createElement("tr");
        row.setAttribute("data-lambda", num(lambda));
        row.setInnerHTML(cell("lambda", num(lambda)) + cell("train", num(trainLoss)) + cell("test", num(testLoss))
                + cell("norm", num(norm)));
        host.element("runs").querySelector("tbody").appendChild(row);
    }

    void clear() {
        runs = 0;
        Charts.removeAllSeries(lossChart);
        Charts.removeAllSeries(normChart);
        render();
        host.element("runs").querySelector("tbody").setInnerHTML("");
    }

    void render() {
        Charts.update(lossChart);
        Charts.update(normChart);
    }

    private static String cell(String column, String text) {
        return "<td data-col=\"" + column + "\">" + text + "</td>";
    }

    static String num(double x) {
        return Numbers.format(x, 4);
    }
}

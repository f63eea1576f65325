package org.divelive.client.polyfit;

import static org.divelive.client.widget.Words.of;

import org.divelive.client.js.Charts;
import org.divelive.client.js.Numbers;
import org.divelive.client.widget.TrainTestLosses;
import org.divelive.client.widget.WidgetHost;
import org.divelive.math.data.Dataset;
import org.divelive.math.lessons.generalization.PolynomialData;
import org.divelive.math.lessons.generalization.PolynomialFitExperiment;
import org.divelive.math.train.TrainEvent;
import org.teavm.jso.JSObject;

/**
 * The views of {@code poly-fit}: the loss curves, the data with the fitted and the true curve, and the last epoch's
 * numbers. Epochs are recorded as they happen and drawn once per frame.
 */
final class PolyFitView {
    /** Points along x at which the curves are drawn. */
    private static final int CURVE_POINTS = 120;

    private final WidgetHost host;
    private final TrainTestLosses losses;
    private final JSObject fitChart;
    private final int trainSeries;
    private final int testSeries;
    private final int modelSeries;
    private final int truthSeries;
    private double minX;
    private double maxX;

    PolyFitView(WidgetHost host) {
        this.host = host;
        this.losses = new TrainTestLosses(host, of("loss (log scale)", "损失（对数刻度）"), true, 4);
        this.fitChart = Charts.scatterChart(host.element("fit-chart"), "x", "y");
        // the test examples first, so the training examples are drawn over them
        this.testSeries = Charts.addSeries(fitChart, of("test examples", "测试样本"), "rgba(134, 142, 150, 0.35)",
                false, false);
        this.trainSeries = Charts.addSeries(fitChart, of("training examples", "训练样本"), "rgba(28, 126, 214, 0.85)",
                false, false);
        this.modelSeries = Charts.addSeries(fitChart, of("model ŷ(x)", "模型 ŷ(x)"), "#d9480f", true, false);
        this.truthSeries = Charts.addSeries(fitChart, of("true cubic", "真实的三次函数"), "#2b8a3e", true, true);
    }

    /** A fresh experiment: empty curves, its examples, the true cubic and the untrained model's curve. */
    void reset(PolynomialFitExperiment experiment) {
        losses.clear();
        host.out("ratio", "–");
        Dataset train = experiment.data().train();
        Dataset test = experiment.data().test();
        minX = Double.MAX_VALUE;
        maxX = -Double.MAX_VALUE;
        // x itself is feature column 1 (column 0 is the constant 1)
        for (Dataset set : new Dataset[] {train, test}) {
            for (int i = 0; i < set.size(); i++) {
                minX = Math.min(minX, set.x(i, 1));
                maxX = Math.max(maxX, set.x(i, 1));
            }
        }
        plotExamples(train, trainSeries);
        plotExamples(test, testSeries);
        Charts.clear(fitChart, truthSeries);
        for (int k = 0; k < CURVE_POINTS; k++) {
            double x = curveX(k);
            Charts.addPoint(fitChart, truthSeries, x, PolynomialData.trueValue(x));
        }
        render(experiment);
    }

    void recordEpoch(TrainEvent.EpochDone epoch) {
        losses.record(epoch);
    }

    /** Once per frame at most: the numbers, the loss chart and the model's curve. */
    void render(PolynomialFitExperiment experiment) {
        TrainEvent.EpochDone last = losses.last();
        if (last != null) {
            host.out("ratio", num(last.testLoss() / last.trainLoss()));
        }
        losses.render();
        Charts.clear(fitChart, modelSeries);
        for (int k = 0; k < CURVE_POINTS; k++) {
            double x = curveX(k);
            Charts.addPoint(fitChart, modelSeries, x, experiment.predict(x));
        }
        Charts.update(fitChart);
    }

    private void plotExamples(Dataset set, int series) {
        Charts.clear(fitChart, series);
        for (int i = 0; i < set.size(); i++) {
            Charts.addPoint(fitChart, series, set.x(i, 1), set.y(i));
        }
    }

    private double curveX(int k) {
        return minX + k * (maxX - minX) / (CURVE_POINTS - 1);
    }

    static String num(double x) {
        return Numbers.format(x, 4);
    }
}

package org.divelive.client.linreg;

import org.divelive.client.js.Charts;
import org.divelive.client.js.Numbers;
import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.WidgetHost;
import org.divelive.math.data.Dataset;
import org.divelive.math.lessons.linreg.LinearRegressionExperiment;
import org.divelive.math.nn.Parameter;
import org.divelive.math.train.TrainEvent;
import org.teavm.jso.JSObject;

/**
 * The readouts of the last step: minibatch size, loss, parameters, gradient, and the update θ ← θ − η·g written out
 * with its numbers. Steps are recorded as they happen and rendered once per frame.
 */
final class LinregView {
    private final WidgetHost host;
    private TrainEvent.StepDone last;
    private double learningRate;
    /** w₁, w₂, b as the previous step left them: the "before" of the update line. */
    private final float[] before = new float[3];
    private final float[] after = new float[3];
    private final float[] gradient = new float[3];

    LinregView(WidgetHost host) {
        this.host = host;
    }

    void reset(LinearRegressionExperiment experiment) {
        last = null;
        copyParameters(experiment.model().parameters(), after, false);
        host.clear("0", "step", "epoch");
        host.clear("–", "batch", "loss", "grad", "update-w", "update-b");
        renderParameters();
        host.say(Sentence.LINREG_READY);
    }

    void recordStep(TrainEvent.StepDone step, double learningRate) {
        System.arraycopy(after, 0, before, 0, 3);
        copyParameters(step.parameters(), after, false);
        copyParameters(step.parameters(), gradient, true);
        this.last = step;
        this.learningRate = learningRate;
    }

    void render() {
        if (last == null) {
            return;
        }
        host.out("step", String.valueOf(last.step()));
        host.out("epoch", String.valueOf(last.epoch()));
        host.out("batch", String.valueOf(last.batchSize()));
        host.out("loss", num(last.loss()));
        renderParameters();
        host.out("grad", Sentence.LINREG_GRADIENT.format(vector(gradient[0], gradient[1]), num(gradient[2])));
        // the update with enough digits to see it move: θ ← θ_before − η·g = θ_after
        String eta = num(learningRate);
        host.out("update-w", "w ← " + precise(before[0], before[1]) + " − " + eta + " × "
                + vector(gradient[0], gradient[1]) + " = " + precise(after[0], after[1]));
        host.out("update-b", "b ← " + Numbers.format(before[2], 7) + " − " + eta + " × " + num(gradient[2]) + " = "
                + Numbers.format(after[2], 7));
    }

    /** The scatter of x₂ against y, drawn once per experiment. */
    void plotData(JSObject chart, LinearRegressionExperiment experiment) {
        Dataset data = experiment.data();
        Charts.clear(chart, 0);
        for (int i = 0; i < data.size(); i++) {
            Charts.addPoint(chart, 0, data.x(i, 1), data.y(i));
        }
        plotModel(chart, experiment);
        Charts.update(chart);
    }

    /** The model's prediction along x₂, holding x₁ at its mean: ŷ = w₁·x̄₁ + w₂·x₂ + b. */
    void plotModel(JSObject chart, LinearRegressionExperiment experiment) {
        Dataset data = experiment.data();
        double meanX1 = 0;
        double minX2 = Double.MAX_VALUE;
        double maxX2 = -Double.MAX_VALUE;
        for (int i = 0; i < data.size(); i++) {
            meanX1 += data.x(i, 0);
            minX2 = Math.min(minX2, data.x(i, 1));
            maxX2 = Math.max(maxX2, data.x(i, 1));
        }
        meanX1 /= data.size();
        float[] w = experiment.weights();
        double offset = w[0] * meanX1 + experiment.bias();
        Charts.clear(chart, 1);
        Charts.addPoint(chart, 1, minX2, offset + w[1] * minX2);
        Charts.addPoint(chart, 1, maxX2, offset + w[1] * maxX2);
    }

    private void renderParameters() {
        host.out("w", vector(after[0], after[1]));
        host.out("b", num(after[2]));
    }

    /** Packs [w₁, w₂, b] (values or gradients) from the parameter list [w, b]. */
    private static void copyParameters(java.util.List<Parameter> parameters, float[] into, boolean gradients) {
        Parameter w = parameters.get(0);
        Parameter b = parameters.get(1);
        float[] wSource = gradients ? w.grad() : w.value();
        into[0] = wSource[0];
        into[1] = wSource[1];
        into[2] = gradients ? b.grad()[0] : b.value()[0];
    }

    private static String vector(double a, double b) {
        return "[" + num(a) + ", " + num(b) + "]";
    }

    private static String precise(double a, double b) {
        return "[" + Numbers.format(a, 7) + ", " + Numbers.format(b, 7) + "]";
    }

    static String num(double x) {
        return Numbers.format(x, 4);
    }
}

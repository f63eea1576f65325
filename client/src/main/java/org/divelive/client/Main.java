package org.divelive.client;

import org.divelive.client.linreg.SgdLinregWidget;
import org.divelive.math.Rng;
import org.divelive.math.data.Dataset;
import org.divelive.math.model.Model;
import org.divelive.math.model.ModelSpec;
import org.divelive.math.nn.Init;
import org.divelive.math.scratch.SoftmaxRegressionScratch;
import org.divelive.math.train.Trainer;
import org.divelive.math.linreg.LinearRegressionExperiment;
import org.divelive.math.train.Hyperparameters;
import org.divelive.math.train.LossHistory;
import org.divelive.client.widget.WidgetError;
import org.teavm.jso.JSExport;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/** Entry point of the page bundle: mounts every {@code <div data-widget="NAME">} of the lesson. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        NodeList<? extends HTMLElement> hosts = HTMLDocument.current().querySelectorAll("[data-widget]");
        for (int i = 0; i < hosts.getLength(); i++) {
            mount(hosts.item(i));
        }
    }

    private static void mount(HTMLElement host) {
        String name = host.getAttribute("data-widget");
        try {
            switch (name) {
                case SgdLinregWidget.NAME -> new SgdLinregWidget(host);
                default -> WidgetError.show(host, "Unknown widget \"" + name + "\". Known widgets: "
                        + SgdLinregWidget.NAME + ".");
            }
            host.setAttribute("data-mounted", "true");
        } catch (RuntimeException e) {
            WidgetError.show(host, "The widget \"" + name + "\" could not start: " + e.getMessage());
        }
    }

    /**
     * Portability probe, a page global: the first {@code count} standard normals of {@code new Rng(seed)} as the
     * compiled shared-math computes them in this browser. Tests compare them with the JVM's, digit for digit.
     */
    @JSExport
    public static double[] probeNormals(double seed, int count) {
        Rng rng = new Rng((long) seed);
        double[] normals = new double[count];
        for (int i = 0; i < count; i++) {
            normals[i] = rng.nextGaussian();
        }
        return normals;
    }

    /** Portability probe: the loss of every step of the lesson's linear-regression run, trained in this browser. */
    @JSExport
    public static double[] probeLinearRegressionLosses(double learningRate, int batchSize, int epochs, double seed) {
        LossHistory history = new LossHistory();
        new LinearRegressionExperiment(new Hyperparameters(learningRate, batchSize, epochs, 0, (long) seed), history)
                .trainer().run();
        return history.stepLosses();
    }

    /**
     * Portability probe: the step losses of softmax regression (from scratch, or the concise MLP when
     * {@code hidden > 0}) trained in this browser on the examples given as unsigned bytes: {@code pixels}
     * (N, 784) and {@code labels} (N), scaled to [0, 1] as everywhere else.
     */
    @JSExport
    public static double[] probeFashionLosses(byte[] pixels, byte[] labels, int hidden, double learningRate,
            int batchSize, int epochs, double seed) {
        int n = labels.length;
        float[] x = new float[n * 784];
        int[] y = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = (pixels[i] & 0xFF) / 255f;
        }
        for (int i = 0; i < n; i++) {
            y[i] = labels[i] & 0xFF;
        }
        Rng rng = new Rng((long) seed);
        Model model = hidden > 0
                ? ModelSpec.mlp(ModelSpec.ActivationKind.RELU, hidden).build(784, 10, Init.BOOK, rng)
                : new SoftmaxRegressionScratch(784, 10, rng);
        LossHistory history = new LossHistory();
        new Trainer(model, Dataset.classification(x, 784, y, 10),
                new Hyperparameters(learningRate, batchSize, epochs, 0, (long) seed), rng, history).run();
        return history.stepLosses();
    }
}

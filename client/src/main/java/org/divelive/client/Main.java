package org.divelive.client;

import org.divelive.client.linreg.SgdLinregWidget;
import org.divelive.math.Rng;
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
}

package org.divelive.client;

import org.divelive.client.activation.ActivationPlotWidget;
import org.divelive.client.autograd.AutogradGraphWidget;
import org.divelive.client.gallery.FashionGalleryWidget;
import org.divelive.client.linreg.SgdLinregWidget;
import org.divelive.client.polyfit.PolyFitWidget;
import org.divelive.client.probe.PortabilityProbes;
import org.divelive.client.softmax.SoftmaxExplorerWidget;
import org.divelive.client.train.ClassifierTrainWidget;
import org.divelive.client.weightdecay.WeightDecayWidget;
import org.divelive.client.widget.WidgetError;
import org.teavm.jso.JSExport;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/** Entry point of the page bundle: mounts every {@code <div data-widget="NAME">} of the lesson. */
public final class Main {
    private Main() {
    }

    /** Mounts every widget not mounted yet, so calling it again after adding widgets to the page is safe. */
    public static void main(String[] args) {
        NodeList<? extends HTMLElement> hosts = HTMLDocument.current().querySelectorAll("[data-widget]:not([data-mounted])");
        for (int i = 0; i < hosts.getLength(); i++) {
            mount(hosts.item(i));
        }
    }

    private static void mount(HTMLElement host) {
        String name = host.getAttribute("data-widget");
        try {
            switch (name) {
                case WidgetCatalog.SGD_LINREG -> new SgdLinregWidget(host);
                case WidgetCatalog.SOFTMAX_TRAIN -> new ClassifierTrainWidget(host, false);
                case WidgetCatalog.MLP_TRAIN -> new ClassifierTrainWidget(host, true);
                case WidgetCatalog.POLY_FIT -> new PolyFitWidget(host);
                case WidgetCatalog.WEIGHT_DECAY -> new WeightDecayWidget(host);
                case WidgetCatalog.AUTOGRAD_GRAPH -> new AutogradGraphWidget(host);
                case WidgetCatalog.FASHION_GALLERY -> new FashionGalleryWidget(host);
                case WidgetCatalog.SOFTMAX_EXPLORER -> new SoftmaxExplorerWidget(host);
                case WidgetCatalog.ACTIVATION_PLOT -> new ActivationPlotWidget(host);
                default -> WidgetError.show(host, "Unknown widget \"" + name + "\". Known widgets: "
                        + String.join(", ", WidgetCatalog.NAMES) + ".");
            }
        } catch (RuntimeException e) {
            WidgetError.show(host, "The widget \"" + name + "\" could not start: " + e.getMessage());
        }
        host.setAttribute("data-mounted", "true");
    }

    // The portability probes, as page globals for the end-to-end tests: see PortabilityProbes.

    @JSExport
    public static double[] probeNormals(double seed, int count) {
        return PortabilityProbes.normals(seed, count);
    }

    @JSExport
    public static double[] probeLinearRegressionLosses(double learningRate, int batchSize, int epochs, double seed) {
        return PortabilityProbes.linearRegressionLosses(learningRate, batchSize, epochs, seed);
    }

    @JSExport
    public static double[] probeFashionLosses(byte[] pixels, byte[] labels, int hidden, double learningRate,
            int batchSize, int epochs, double seed) {
        return PortabilityProbes.fashionLosses(pixels, labels, hidden, learningRate, batchSize, epochs, seed);
    }

    @JSExport
    public static byte[] probeSavedParameters(int hidden, double seed) {
        return PortabilityProbes.savedParameters(hidden, seed);
    }

    @JSExport
    public static double[] probeScoreWithSavedParameters(byte[] file, int hidden, byte[] pixels, byte[] labels) {
        return PortabilityProbes.scoreWithSavedParameters(file, hidden, pixels, labels);
    }

    @JSExport
    public static double[] probeNaiveSoftmax(double[] logits) {
        return PortabilityProbes.naiveSoftmax(logits);
    }

    @JSExport
    public static double[] probeSyntheticSets(double seed) {
        return PortabilityProbes.syntheticSets(seed);
    }
}

package org.divelive.client;

import java.util.LinkedHashMap;
import java.util.Map;

import org.divelive.client.activation.ActivationPlotWidget;
import org.divelive.client.autograd.AutogradGraphWidget;
import org.divelive.client.entropy.EntropyWidget;
import org.divelive.client.gallery.FashionGalleryWidget;
import org.divelive.client.linreg.SgdLinregWidget;
import org.divelive.client.playground.PlaygroundWidget;
import org.divelive.client.polyfit.PolyFitWidget;
import org.divelive.client.softmax.SoftmaxExplorerWidget;
import org.divelive.client.train.ClassifierTrainWidget;
import org.divelive.client.weightdecay.WeightDecayWidget;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Every widget a lesson may name in {@code <div data-widget="NAME">}, and how to mount it. The build writes these
 * names to {@code web/client/widgets.txt} ({@link WidgetList}), which the server reads to reject a lesson that names
 * any other.
 */
public final class Widgets {
    /** Mounts a widget into its lesson element. */
    @FunctionalInterface
    public interface Factory {
        void mount(HTMLElement root);
    }

    private static final Map<String, Factory> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("sgd-linreg", SgdLinregWidget::new);
        BY_NAME.put("softmax-train", root -> new ClassifierTrainWidget(root, false));
        BY_NAME.put("mlp-train", root -> new ClassifierTrainWidget(root, true));
        BY_NAME.put("fashion-gallery", FashionGalleryWidget::new);
        BY_NAME.put("softmax-explorer", SoftmaxExplorerWidget::new);
        BY_NAME.put("activation-plot", ActivationPlotWidget::new);
        BY_NAME.put("poly-fit", PolyFitWidget::new);
        BY_NAME.put("weight-decay", WeightDecayWidget::new);
        BY_NAME.put("autograd-graph", AutogradGraphWidget::new);
        BY_NAME.put("playground-2d", PlaygroundWidget::new);
        BY_NAME.put("entropy-kl", EntropyWidget::new);
    }

    private Widgets() {
    }

    /** The factory for {@code name}, or null when no widget has that name. */
    public static Factory named(String name) {
        return BY_NAME.get(name);
    }

    /** The names, in the order lessons meet them. */
    public static Iterable<String> names() {
        return BY_NAME.keySet();
    }
}

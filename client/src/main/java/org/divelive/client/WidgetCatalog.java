package org.divelive.client;

import java.util.List;

/**
 * The names a lesson may use in {@code <div data-widget="NAME">}. Plain Java on purpose: the page mounts widgets by
 * these names, and the server, which has this class on its classpath, rejects a lesson naming any other.
 */
public final class WidgetCatalog {
    public static final String SGD_LINREG = "sgd-linreg";
    public static final String SOFTMAX_TRAIN = "softmax-train";
    public static final String MLP_TRAIN = "mlp-train";
    public static final String POLY_FIT = "poly-fit";
    public static final String WEIGHT_DECAY = "weight-decay";
    public static final String AUTOGRAD_GRAPH = "autograd-graph";
    public static final String FASHION_GALLERY = "fashion-gallery";
    public static final String SOFTMAX_EXPLORER = "softmax-explorer";
    public static final String ACTIVATION_PLOT = "activation-plot";

    /** Every widget the page can mount. */
    public static final List<String> NAMES = List.of(SGD_LINREG, SOFTMAX_TRAIN, MLP_TRAIN, FASHION_GALLERY,
            SOFTMAX_EXPLORER, ACTIVATION_PLOT, POLY_FIT, WEIGHT_DECAY, AUTOGRAD_GRAPH);

    private WidgetCatalog() {
    }
}

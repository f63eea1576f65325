package org.divelive.client.activation;

import static org.divelive.client.widget.Words.of;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.divelive.client.js.Charts;
import org.divelive.client.js.Numbers;
import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.Settings;
import org.divelive.client.widget.WidgetHost;
import org.divelive.math.lessons.activation.ActivationCurve;
import org.divelive.math.nn.Activation;
import org.divelive.math.nn.Relu;
import org.divelive.math.nn.Sigmoid;
import org.divelive.math.nn.Tanh;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * {@code activation-plot}: ReLU, sigmoid and tanh with their derivatives over [−6, 6], and f(x), f′(x) read out at
 * a chosen x. Every value is what shared-math's layers compute: forward for f, backward with dY = 1 for f′
 * ({@link ActivationCurve}).
 */
public final class ActivationPlotWidget {
    private static final String ALL = "all";
    private static final double X_MIN = -6;
    private static final double X_MAX = 6;
    /** Points per curve: a step of 0.05, fine enough that the curves look smooth and ReLU's kink sits on a point. */
    private static final int POINTS = 241;
    /** Dash length of the derivative curves; the functions are solid. */
    private static final int DASH = 6;
    /** Each chart's datasets: f, f′, then the marker at x. */
    private static final int MARKER = 2;

    /** One of the three activations: its key in the hash and the data-function attribute, names and colour. */
    private record Function(String key, String name, String derivative, IntFunction<? extends Activation> layer,
            String color) {
    }

    private static final List<Function> FUNCTIONS = List.of(
            new Function("relu", "ReLU", "ReLU′", Relu::new, "#1c7ed6"),
            new Function("sigmoid", "sigmoid σ", "σ′", Sigmoid::new, "#2f9e44"),
            new Function("tanh", "tanh", "tanh′", Tanh::new, "#d9480f"));

    private final WidgetHost host;
    /** For each of {@link #FUNCTIONS}: its chart of f and f′, with the marker at x as the last dataset. */
    private final List<JSObject> charts = new ArrayList<>();

    public ActivationPlotWidget(HTMLElement root) {
        this.host = new WidgetHost(root, fields(), settings -> ActivationTemplate.html(settings,
                FUNCTIONS.stream().map(Function::key).toList(), FUNCTIONS.stream().map(Function::name).toList()));
        float[] x = ActivationCurve.points(X_MIN, X_MAX, POINTS);
        for (Function function : FUNCTIONS) {
            charts.add(plot(function, ActivationCurve.trace(function.layer(), x)));
        }
        host.onSettingsInput(() -> {
            host.form().showSliderValues();
            readOut();
        });
        host.onSettingsChange(() -> {
            showChosen();
            readOut();
            host.writeHash();
        });
        host.form().showSliderValues();
        showChosen();
        readOut();
        host.writeHash();
    }

    private static List<Settings.Field> fields() {
        List<String> keys = new ArrayList<>(List.of(ALL));
        List<String> names = new ArrayList<>(List.of(of("all three", "全部三个")));
        for (Function function : FUNCTIONS) {
            keys.add(function.key());
            names.add(function.name());
        }
        return List.of(
                Settings.Field.choice("function", "data-function", of("Function", "函数"), ALL, keys, names),
                Settings.Field.slider("x", "data-x", "x", "1", new Settings.Slider("-6", "6", "0.1")));
    }

    /** The function solid and its derivative dashed, drawn once: only the marker moves afterwards. */
    private JSObject plot(Function function, ActivationCurve curve) {
        JSObject chart = Charts.curves(host.root().querySelector("canvas[data-chart=\"" + function.key() + "\"]"),
                Sentence.ACTIVATION_CHART_TITLE.format(function.name()), "x", "",
                new String[] {function.name(), function.derivative()},
                new String[] {function.color(), function.color()}, new int[] {0, DASH},
                of("at the chosen x", "所选 x 处"));
        for (int p = 0; p < curve.x().length; p++) {
            Charts.addPoint(chart, 0, curve.x()[p], curve.values()[p]);
            Charts.addPoint(chart, 1, curve.x()[p], curve.slopes()[p]);
        }
        return chart;
    }

    /** Shows the charts and table rows of the chosen function, or of all three. */
    private void showChosen() {
        String choice = host.value("function");
        for (Function function : FUNCTIONS) {
            boolean chosen = choice.equals(ALL) || choice.equals(function.key());
            for (String tag : new String[] {"figure", "tr"}) {
                HTMLElement element = host.root().querySelector(tag + "[data-function=\"" + function.key() + "\"]");
                if (chosen) {
                    element.removeAttribute("hidden");
                } else {
                    element.setAttribute("hidden", "");
                }
            }
        }
    }

    /** f(x) and f′(x) at the slider's x, in the table and as points on the curves. */
    private void readOut() {
        double x = host.number("x");
        host.out("x", Numbers.format(x, 4));
        for (int i = 0; i < FUNCTIONS.size(); i++) {
            Function function = FUNCTIONS.get(i);
            ActivationCurve at = ActivationCurve.trace(function.layer(), new float[] {(float) x});
            host.out(function.key() + "-value", Numbers.format(at.values()[0], 4));
            host.out(function.key() + "-slope", Numbers.format(at.slopes()[0], 4));
            JSObject chart = charts.get(i);
            Charts.clear(chart, MARKER);
            Charts.addPoint(chart, MARKER, x, at.values()[0]);
            Charts.addPoint(chart, MARKER, x, at.slopes()[0]);
            Charts.update(chart);
        }
    }
}

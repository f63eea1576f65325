package org.divelive.client.softmax;

import static org.divelive.client.widget.Words.of;

import java.util.ArrayList;
import java.util.List;

import org.divelive.client.widget.Settings;
import org.divelive.client.widget.WidgetHost;
import org.divelive.math.lessons.softmax.SoftmaxComparison;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * {@code softmax-explorer}: four logits on sliders, a temperature and a true label; the probabilities softmax(z/τ)
 * as bars with the cross-entropy −log p_y, and beside them the overflow demo, the naive softmax against the stable
 * one on the same logits. Every number is shared-math's {@link SoftmaxComparison}.
 */
public final class SoftmaxExplorerWidget {
    private static final int CLASSES = 4;
    /** The two slider ranges: ±10 to explore by hand, ±1000 to overflow exp. */
    private static final String SMALL = "10";
    private static final String LARGE = "1000";
    private static final String[] DEFAULT_LOGITS = {"3", "1", "0.2", "-1"};
    private static final String[] SUBSCRIPTS = {"₁", "₂", "₃", "₄"};
    private static final double[] OVERFLOW_LOGITS = {1000, -1000, 0, 0};
    private static final String OVERFLOW_TEMPERATURE = "1";

    private final WidgetHost host;
    private final SoftmaxView view;

    public SoftmaxExplorerWidget(HTMLElement root) {
        this.host = new WidgetHost(root, fields(), settings -> SoftmaxTemplate.html(settings, CLASSES));
        this.view = new SoftmaxView(host);
        applyRange();
        // the markup's values were clamped to ±10 before the range was known: take them again from the attributes
        for (int j = 0; j < CLASSES; j++) {
            logit(j).setValue(logit(j).getAttribute("value"));
        }
        // while a thumb moves the numbers follow; the hash is written once it is let go
        host.onSettingsInput(this::update);
        host.onSettingsChange(() -> {
            applyRange();
            update();
            host.writeHash();
        });
        host.on("overflow", () -> {
            host.form().set("range", LARGE);
            applyRange();
            for (int j = 0; j < CLASSES; j++) {
                logit(j).setValue(String.valueOf((int) OVERFLOW_LOGITS[j]));
            }
            // at τ = 1 the scaled logits are ±1000, past exp's limit of about 709; a larger τ would scale them back
            // into range and the naive softmax would not overflow, which is what the button is there to show
            host.form().set("temperature", OVERFLOW_TEMPERATURE);
            update();
            host.writeHash();
        });
        update();
        host.writeHash();
    }

    private static List<Settings.Field> fields() {
        List<Settings.Field> fields = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        List<String> classNames = new ArrayList<>();
        for (int j = 0; j < CLASSES; j++) {
            String name = "z" + (j + 1);
            fields.add(Settings.Field.slider(name, "data-" + name, of("logit z", "得分 z") + SUBSCRIPTS[j],
                    DEFAULT_LOGITS[j], new Settings.Slider("-" + SMALL, SMALL, "0.1")));
            classes.add(String.valueOf(j + 1));
            classNames.add(SoftmaxView.className(j));
        }
        fields.add(Settings.Field.choice("range", "data-range", of("Logit range", "得分范围"), SMALL,
                List.of(SMALL, LARGE), List.of("±" + SMALL, "±" + LARGE)));
        fields.add(Settings.Field.choice("label", "data-label", of("True label y", "真实标签 y"), "1", classes,
                classNames));
        fields.add(Settings.Field.slider("temperature", "data-temperature", of("Temperature τ", "温度 τ"), "1",
                new Settings.Slider("0.1", "10", "0.1")));
        return fields;
    }

    /** Sets the logit sliders to ±10 in steps of 0.1 or ±1000 in steps of 1; values outside move to the edge. */
    private void applyRange() {
        boolean large = LARGE.equals(host.value("range"));
        for (int j = 0; j < CLASSES; j++) {
            HTMLInputElement slider = logit(j);
            slider.setAttribute("min", "-" + (large ? LARGE : SMALL));
            slider.setAttribute("max", large ? LARGE : SMALL);
            slider.setAttribute("step", large ? "1" : "0.1");
        }
    }

    private void update() {
        host.form().showSliderValues();
        double[] logits = new double[CLASSES];
        for (int j = 0; j < CLASSES; j++) {
            logits[j] = host.number("z" + (j + 1));
        }
        int label = (int) host.number("label") - 1;
        SoftmaxComparison comparison = host.tryOrShowError(
                () -> SoftmaxComparison.of(logits, host.number("temperature"), label), null);
        if (comparison != null) {
            view.show(comparison, label);
        }
    }

    private HTMLInputElement logit(int j) {
        return host.form().input("z" + (j + 1));
    }
}

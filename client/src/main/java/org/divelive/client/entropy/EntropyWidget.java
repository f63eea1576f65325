package org.divelive.client.entropy;

import static org.divelive.client.widget.Words.of;

import java.util.ArrayList;
import java.util.List;

import org.divelive.client.js.Numbers;
import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.Settings;
import org.divelive.client.widget.WidgetHost;
import org.divelive.math.lessons.information.TwoDistributions;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * {@code entropy-kl}: two distributions over four outcomes (the information-theory lesson's weather), P (what
 * happens) and Q (what a model believes), set by
 * weight sliders and normalised; a third slider moves Q along the straight line to P. Every figure, the surprisals,
 * H(P), H(P, Q) and KL both ways, in bits and nats, is shared-math's {@link TwoDistributions}.
 */
public final class EntropyWidget {
    private static final int OUTCOMES = 4;
    /**
     * The lesson's dry town, P = (½, ¼, ⅛, ⅛) with H(P) = 1.75 bits, and its first newcomer's uniform belief Q, under
     * which every day costs 2 bits: KL(P‖Q) = 0.25 bits.
     */
    private static final String[] DEFAULT_P = {"8", "4", "2", "2"};
    private static final String[] DEFAULT_Q = {"4", "4", "4", "4"};
    private static final String MAX_WEIGHT = "16";

    private final WidgetHost host;

    public EntropyWidget(HTMLElement root) {
        this.host = new WidgetHost(root, fields(), settings -> EntropyTemplate.html(settings, OUTCOMES));
        // while a thumb moves the figures follow; the address keeps the values once it is let go
        host.onSettingsInput(this::update);
        host.onSettingsChange(this::updateAndKeep);
        updateAndKeep();
    }

    private void updateAndKeep() {
        update();
        host.writeHash();
    }

    private static List<Settings.Field> fields() {
        List<Settings.Field> fields = new ArrayList<>();
        for (String which : new String[] {"p", "q"}) {
            for (int i = 0; i < OUTCOMES; i++) {
                String name = which + (i + 1);
                String label = Sentence.ENTROPY_WEIGHT.format(which.toUpperCase(java.util.Locale.ROOT), outcome(i));
                fields.add(Settings.Field.slider(name, "data-" + name, label,
                        (which.equals("p") ? DEFAULT_P : DEFAULT_Q)[i], new Settings.Slider("0", MAX_WEIGHT, "1")));
            }
        }
        fields.add(Settings.Field.slider("towardP", "data-toward-p", of("Move Q toward P (t)", "把 Q 移向 P（t）"),
                "0", new Settings.Slider("0", "1", "0.05")));
        return fields;
    }

    /** The outcomes: the lesson's four kinds of weather. */
    static String outcome(int i) {
        return new String[] {of("sunny", "晴"), of("cloudy", "多云"), of("windy", "大风"), of("rainy", "下雨")}[i];
    }

    private void update() {
        host.form().showSliderValues();
        double[] p = new double[OUTCOMES];
        double[] q = new double[OUTCOMES];
        for (int i = 0; i < OUTCOMES; i++) {
            p[i] = host.number("p" + (i + 1));
            q[i] = host.number("q" + (i + 1));
        }
        TwoDistributions d = host.tryOrShowError(() -> new TwoDistributions(p, q, host.number("towardP")), null);
        if (d == null) {
            return;
        }
        for (int i = 0; i < OUTCOMES; i++) {
            showBar("p", i, d.p(i));
            showBar("q", i, d.q(i));
            host.out("p-" + i, number(d.p(i)));
            host.out("q-" + i, number(d.q(i)));
            host.out("bits-" + i, number(TwoDistributions.bits(d.surprisal(i))));
            host.out("nats-" + i, number(d.surprisal(i)));
            // p·(−log q) is 0 when p is 0, whatever q says
            host.out("share-" + i, number(d.p(i) > 0 ? d.p(i) * TwoDistributions.bits(d.surprisal(i)) : 0));
        }
        host.out("entropy", both(d.entropy()));
        host.out("cross-entropy", both(d.crossEntropy()));
        host.out("kl", both(d.divergence()));
        host.out("reverse-kl", both(d.reverseDivergence()));
        host.say(Double.isInfinite(d.divergence()) ? Sentence.ENTROPY_IMPOSSIBLE
                : d.divergence() < 1e-12 ? Sentence.ENTROPY_SAME : Sentence.ENTROPY_EXTRA,
                TwoDistributions.bits(d.divergence()));
    }

    private void showBar(String which, int i, double value) {
        host.root().querySelector("[data-bar=\"" + which + "-" + i + "\"]").setAttribute("style",
                "width:" + Numbers.format(100 * value, 4) + "%");
        host.out("bar-" + which + "-" + i, number(value));
    }

    /** "1.846 bits = 1.280 nats", in the page's language. */
    private static String both(double nats) {
        return Sentence.ENTROPY_BITS_AND_NATS.format(number(TwoDistributions.bits(nats)), number(nats));
    }

    /** Four significant digits; ∞ where Q called an outcome impossible. */
    private static String number(double x) {
        if (Double.isInfinite(x)) {
            return "∞";
        }
        return Numbers.format(x, 4);
    }
}

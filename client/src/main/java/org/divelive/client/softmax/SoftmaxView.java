package org.divelive.client.softmax;

import org.divelive.client.js.Numbers;
import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.WidgetHost;
import org.divelive.math.lessons.softmax.SoftmaxComparison;
import org.teavm.jso.dom.html.HTMLElement;

/** Shows a {@link SoftmaxComparison}: bars of the stable probabilities, the loss, and the naive/stable table. */
final class SoftmaxView {
    private final WidgetHost host;

    SoftmaxView(WidgetHost host) {
        this.host = host;
    }

    void show(SoftmaxComparison c, int label) {
        boolean naiveBroke = false;
        for (int j = 0; j < c.stable().length; j++) {
            double p = c.stable()[j];
            host.out("p-" + j, number(p));
            host.root().querySelector("[data-bar=\"" + j + "\"]").setAttribute("style",
                    "width:" + Numbers.format(100 * p, 4) + "%");
            host.out("scaled-" + j, number(c.scaledLogits()[j]));
            host.out("naive-" + j, number(c.naive()[j]));
            host.out("stable-" + j, number(p));
            naiveBroke |= !Double.isFinite(c.naive()[j]);
            boolean isLabel = j == label;
            for (String selector : new String[] {".softmax-bar-row", "tr"}) {
                HTMLElement row = host.root().querySelector(selector + "[data-class=\"" + j + "\"]");
                if (isLabel) {
                    row.getClassList().add("is-label");
                } else {
                    row.getClassList().remove("is-label");
                }
            }
        }
        host.out("loss", number(c.stableLoss()));
        host.out("naive-sum", number(c.naiveSum()));
        host.out("stable-sum", number(c.stableSum()));
        host.out("naive-loss", number(c.naiveLoss()));
        host.out("stable-loss", number(c.stableLoss()));
        naiveBroke |= !Double.isFinite(c.naiveLoss());
        host.out("verdict", (naiveBroke ? Sentence.SOFTMAX_NAIVE_BROKE : Sentence.SOFTMAX_BOTH_AGREE).format());
    }

    static String className(int j) {
        return Sentence.SOFTMAX_CLASS.format(j + 1);
    }

    /** Four significant digits; NaN and ±∞ spelled as the lesson writes them. */
    static String number(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "−∞";
        }
        return Numbers.format(x, 4);
    }
}

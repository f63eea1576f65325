package org.divelive.client.entropy;

import static org.divelive.client.widget.Markup.STATUS;
import static org.divelive.client.widget.Markup.barRow;
import static org.divelive.client.widget.Markup.cell;
import static org.divelive.client.widget.Markup.readout;
import static org.divelive.client.widget.Markup.readouts;
import static org.divelive.client.widget.Words.of;

/**
 * The markup of {@code entropy-kl}: the sliders, P and Q as bars, a table of each outcome's surprisal, and the
 * entropy, cross-entropy and both divergences in bits and nats.
 */
final class EntropyTemplate {
    private EntropyTemplate() {
    }

    static String html(String settings, int outcomes) {
        StringBuilder bars = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < outcomes; i++) {
            String name = EntropyWidget.outcome(i);
            bars.append(bar("p", i, "P(" + name + ")", false)).append(bar("q", i, "Q(" + name + ")", true));
            rows.append("<tr><th scope=\"row\">").append(name).append("</th>").append(cell("p-" + i))
                    .append(cell("q-" + i)).append(cell("bits-" + i)).append(cell("nats-" + i))
                    .append(cell("share-" + i)).append("</tr>");
        }
        return settings
                + "<h4>" + of("P (the truth) and Q (the belief), normalised", "P（真实分布）和 Q（所信的分布），已归一化")
                + "</h4>"
                + "<div class=\"softmax-bars\">" + bars + "</div>"
                + "<table class=\"widget-table\"><caption>" + of(
                        "Each outcome's surprisal under Q, and its share of the cross-entropy",
                        "每个结果在 Q 下的惊异，以及它在交叉熵中所占的部分")
                + "</caption><thead><tr><th scope=\"col\">" + of("outcome", "结果") + "</th>"
                + "<th scope=\"col\">pᵢ</th><th scope=\"col\">qᵢ</th>"
                + "<th scope=\"col\">−log₂ qᵢ " + of("(bits)", "（比特）") + "</th>"
                + "<th scope=\"col\">−ln qᵢ " + of("(nats)", "（纳特）") + "</th>"
                + "<th scope=\"col\">pᵢ · (−log₂ qᵢ)</th></tr></thead><tbody>" + rows + "</tbody></table>"
                + readouts(
                        readout(of("Entropy H(P)", "信息熵 H(P)"), "entropy", "–"),
                        readout(of("Cross-entropy H(P, Q)", "交叉熵 H(P, Q)"), "cross-entropy", "–"),
                        readout(of("KL divergence KL(P‖Q) = H(P, Q) − H(P)", "KL 散度 KL(P‖Q) = H(P, Q) − H(P)"),
                                "kl", "–"),
                        readout(of("The other way round, KL(Q‖P)", "反过来的 KL(Q‖P)"), "reverse-kl", "–"))
                + STATUS;
    }

    private static String bar(String which, int i, String label, boolean belief) {
        return barRow(belief, "", label, which + "-" + i, "bar-" + which + "-" + i);
    }
}

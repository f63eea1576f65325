package org.divelive.client.softmax;

import static org.divelive.client.widget.Markup.barRow;
import static org.divelive.client.widget.Markup.button;
import static org.divelive.client.widget.Markup.buttons;
import static org.divelive.client.widget.Markup.cell;
import static org.divelive.client.widget.Markup.readout;
import static org.divelive.client.widget.Markup.readouts;
import static org.divelive.client.widget.Words.of;

/**
 * The markup of {@code softmax-explorer}: the settings, the probabilities as bars with the cross-entropy, and the
 * overflow demo's table of naive against stable softmax.
 */
final class SoftmaxTemplate {
    private SoftmaxTemplate() {
    }

    static String html(String settings, int classes) {
        StringBuilder bars = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        for (int j = 0; j < classes; j++) {
            String name = SoftmaxView.className(j);
            bars.append(barRow(false, " data-class=\"" + j + "\"", name, String.valueOf(j), "p-" + j));
            rows.append("<tr data-class=\"").append(j).append("\"><th scope=\"row\">").append(name).append("</th>")
                    .append(cell("scaled-" + j)).append(cell("naive-" + j)).append(cell("stable-" + j))
                    .append("</tr>");
        }
        return settings
                + buttons(button("overflow", of("Try z = [1000, −1000, 0, 0]", "试试 z = [1000, −1000, 0, 0]")))
                + "<h4>" + of("Probabilities p = softmax(z/τ)", "概率 p = softmax(z/τ)") + "</h4>"
                + "<div class=\"softmax-bars\">" + bars + "</div>"
                + readouts(readout(of("Cross-entropy −log p<sub>y</sub>", "交叉熵 −log p<sub>y</sub>"), "loss", ""))
                + "<h4>" + of("Overflow: the naive and the stable softmax of the same logits",
                        "溢出：同一组得分的朴素 softmax 与稳定 softmax") + "</h4>"
                + "<table class=\"softmax-compare\"><thead><tr><th></th><th scope=\"col\">z/τ</th>"
                + "<th scope=\"col\">" + of("naive p", "朴素 p") + "</th>"
                + "<th scope=\"col\">" + of("stable p (log-sum-exp)", "稳定 p（log-sum-exp）") + "</th></tr></thead>"
                + "<tbody>" + rows
                + "<tr class=\"softmax-total\"><th scope=\"row\">Σ p</th><td></td>" + cell("naive-sum")
                + cell("stable-sum") + "</tr>"
                + "<tr class=\"softmax-total\"><th scope=\"row\">−log p<sub>y</sub></th><td></td>" + cell("naive-loss")
                + cell("stable-loss") + "</tr></tbody></table>"
                + "<p class=\"widget-status\" role=\"status\" data-out=\"verdict\"></p>"
                + "<p class=\"softmax-explain\">" + of(
                        "<strong>Naive</strong>: pⱼ = exp(zⱼ/τ) / Σₖ exp(zₖ/τ), straight from the definition. In "
                        + "double precision exp overflows to ∞ once its argument passes about 709, and ∞/∞ is NaN; "
                        + "exp(−1000) underflows to 0, and −log 0 = ∞. <strong>Stable</strong> (log-sum-exp): "
                        + "subtract the largest scaled logit m = maxₖ zₖ/τ first, pⱼ = exp(zⱼ/τ − m) / Σₖ exp(zₖ/τ − m), "
                        + "and −log p<sub>y</sub> = m + log Σₖ exp(zₖ/τ − m) − z<sub>y</sub>/τ. The same numbers in exact arithmetic, but "
                        + "every exp is at most 1, so nothing overflows.",
                        "<strong>朴素算法</strong>：直接按定义计算 pⱼ = exp(zⱼ/τ) / Σₖ exp(zₖ/τ)。在双精度浮点数中，"
                        + "exp 的参数超过约 709 就上溢为 ∞，而 ∞/∞ 是 NaN；exp(−1000) 下溢为 0，−log 0 = ∞。"
                        + "<strong>稳定算法</strong>（log-sum-exp）：先减去最大的缩放后得分 m = maxₖ zₖ/τ，"
                        + "pⱼ = exp(zⱼ/τ − m) / Σₖ exp(zₖ/τ − m)，−log p<sub>y</sub> = m + log Σₖ exp(zₖ/τ − m) − z<sub>y</sub>/τ。"
                        + "在精确算术中两者相同，但每个 exp 都不超过 1，所以不会溢出。")
                + "</p>";
    }
}

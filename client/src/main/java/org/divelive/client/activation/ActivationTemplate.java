package org.divelive.client.activation;

import static org.divelive.client.widget.Markup.charts;
import static org.divelive.client.widget.Words.of;

import java.util.List;

import org.divelive.client.widget.Sentence;

/**
 * The markup of {@code activation-plot}: settings, one chart per function, and the table of f(x) and f′(x) at the
 * chosen x.
 */
final class ActivationTemplate {
    private ActivationTemplate() {
    }

    static String html(String settings, List<String> keys, List<String> names) {
        StringBuilder figures = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            figures.append("<figure data-function=\"").append(key).append("\"><div class=\"chart-box\">")
                    .append("<canvas data-chart=\"").append(key).append("\" aria-label=\"")
                    .append(Sentence.ACTIVATION_CHART_LABEL.format(names.get(i))).append("\"></canvas></div></figure>");
            rows.append("<tr data-function=\"").append(key).append("\"><th scope=\"row\">").append(names.get(i))
                    .append("</th><td data-out=\"").append(key).append("-value\"></td><td data-out=\"").append(key)
                    .append("-slope\"></td></tr>");
        }
        return settings
                + charts(figures.toString())
                + "<p class=\"activation-legend\">" + of("Solid: the function f(x); dashed: its derivative f′(x), "
                        + "as the layer's backward pass computes it; circles: both at the chosen x.",
                        "实线：函数 f(x)；虚线：导数 f′(x)，即该层反向传播算出的值；圆圈：所选 x 处的两个值。") + "</p>"
                + "<table class=\"activation-readout\"><caption>"
                + Sentence.ACTIVATION_AT_X.format("<span data-out=\"x\"></span>") + "</caption><thead><tr><th></th>"
                + "<th scope=\"col\">f(x)</th><th scope=\"col\">f′(x)</th></tr></thead><tbody>" + rows
                + "</tbody></table>";
    }
}

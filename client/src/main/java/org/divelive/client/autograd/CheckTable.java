package org.divelive.client.autograd;

import org.divelive.client.js.Numbers;
import org.divelive.math.lessons.autograd.Expression;
import org.divelive.math.lessons.autograd.RegressionExampleLoss;
import org.divelive.math.lessons.autograd.Scalar;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The gradient check beside the graph: for each input, ∂ℓ/∂input from a full backward pass, the central difference
 * (ℓ(input + h) − ℓ(input − h)) / 2h, and how far apart they are.
 */
final class CheckTable {
    private CheckTable() {
    }

    static void render(HTMLElement body, double[] values, double h) {
        String[] names = RegressionExampleLoss.NAMES;
        Scalar[] inputs = new Scalar[names.length];
        for (int i = 0; i < names.length; i++) {
            inputs[i] = Scalar.of(names[i], values[i]);
        }
        RegressionExampleLoss.EXPRESSION.build(inputs).backward();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            double numeric = Expression.numericGradient(RegressionExampleLoss.EXPRESSION, names, values, i, h);
            rows.append("<tr data-input=\"").append(names[i]).append("\"><th scope=\"row\">")
                    .append(GraphSvg.pretty(names[i])).append("</th><td data-col=\"backward\">")
                    .append(GraphSvg.value(inputs[i].grad())).append("</td><td data-col=\"numeric\">")
                    .append(GraphSvg.value(numeric)).append("</td><td data-col=\"difference\">")
                    .append(Numbers.format(Math.abs(inputs[i].grad() - numeric), 2))
                    .append("</td></tr>");
        }
        body.setInnerHTML(rows.toString());
    }
}

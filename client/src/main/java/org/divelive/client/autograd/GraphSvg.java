package org.divelive.client.autograd;

import static org.divelive.client.widget.Words.of;

import java.util.List;

import org.divelive.client.js.Numbers;
import org.divelive.client.widget.Sentence;
import org.divelive.math.lessons.autograd.Scalar;

/**
 * The computational graph as SVG markup: a box per node (its name or operation, value and gradient) and an edge per
 * input, labelled with the local gradient ∂node/∂input once the backward pass has passed through the node. The node
 * propagated last and its edges are highlighted.
 */
final class GraphSvg {
    private GraphSvg() {
    }

    /**
     * @param propagated which nodes have handed their gradient to their inputs
     * @param current    the node propagated by the last step, or −1
     */
    static String markup(List<Scalar> nodes, GraphLayout layout, boolean[] propagated, int current) {
        int output = nodes.size() - 1;
        StringBuilder svg = new StringBuilder("<svg class=\"ag-graph\" role=\"img\" viewBox=\"0 0 ")
                .append(num(layout.width())).append(' ').append(num(layout.height())).append("\" width=\"")
                .append(num(layout.width())).append("\" aria-label=\"")
                .append(of("Computational graph of the loss", "损失的计算图")).append("\">");
        for (int j = 0; j < nodes.size(); j++) {
            List<Scalar> inputs = nodes.get(j).inputs();
            for (int k = 0; k < inputs.size(); k++) {
                edge(svg, layout, layout.indexOf(inputs.get(k)), j, nodes.get(j).localGradient(k), propagated[j],
                        j == current);
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            node(svg, layout, nodes, i, propagated[i], i == current, received(nodes, i, propagated, output));
        }
        return svg.append("</svg>").toString();
    }

    /** Whether a node's gradient has started to arrive: it is the output, or a node it feeds has propagated. */
    private static boolean received(List<Scalar> nodes, int i, boolean[] propagated, int output) {
        if (i == output) {
            return true;
        }
        for (int j = 0; j < nodes.size(); j++) {
            if (propagated[j] && nodes.get(j).inputs().contains(nodes.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static void edge(StringBuilder svg, GraphLayout layout, int from, int to, double local, boolean shown,
            boolean active) {
        double x1 = layout.x(from) + GraphLayout.BOX_WIDTH / 2;
        double y1 = layout.y(from) + GraphLayout.BOX_HEIGHT;
        double x2 = layout.x(to) + GraphLayout.BOX_WIDTH / 2;
        double y2 = layout.y(to);
        svg.append("<line class=\"ag-edge").append(active ? " ag-active" : "").append("\" x1=\"").append(num(x1))
                .append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2)).append("\" y2=\"")
                .append(num(y2)).append("\"/>");
        if (shown) {
            double mx = (x1 + x2) / 2;
            double my = (y1 + y2) / 2;
            svg.append("<text class=\"ag-local").append(active ? " ag-active" : "").append("\" x=\"")
                    .append(num(mx + 5)).append("\" y=\"").append(num(my + 4)).append("\" data-local-gradient>")
                    .append(value(local)).append("</text>");
        }
    }

    private static void node(StringBuilder svg, GraphLayout layout, List<Scalar> nodes, int i, boolean done,
            boolean current, boolean received) {
        Scalar node = nodes.get(i);
        boolean output = i == nodes.size() - 1;
        String name = node.inputs().isEmpty() ? pretty(node.label()) : (output ? "ℓ = " : "") + node.operation();
        double x = layout.x(i);
        double y = layout.y(i);
        svg.append("<g class=\"ag-node").append(done ? " ag-done" : "").append(current ? " ag-current" : "")
                .append(node.inputs().isEmpty() ? " ag-leaf" : "").append("\" data-node=\"")
                .append(node.inputs().isEmpty() ? node.label() : output ? "loss" : "n" + i).append("\"")
                .append(current ? " data-current" : "").append(done ? " data-propagated" : "").append(">")
                .append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(GraphLayout.BOX_WIDTH)).append("\" height=\"").append(num(GraphLayout.BOX_HEIGHT))
                .append("\" rx=\"6\"/>")
                .append(text(x, y + 17, "ag-name", name))
                .append(text(x, y + 35, "ag-value", Sentence.AUTOGRAD_VALUE.format(value(node.value()))))
                .append("<text class=\"ag-grad\" x=\"").append(num(x + GraphLayout.BOX_WIDTH / 2)).append("\" y=\"")
                .append(num(y + 52)).append("\" text-anchor=\"middle\">")
                .append(Sentence.AUTOGRAD_GRAD.format("<tspan data-grad>" + (received ? value(node.grad()) : "–")
                        + "</tspan>")).append("</text>")
                .append("</g>");
    }

    private static String text(double x, double y, String style, String content) {
        return "<text class=\"" + style + "\" x=\"" + num(x + GraphLayout.BOX_WIDTH / 2) + "\" y=\"" + num(y)
                + "\" text-anchor=\"middle\">" + content + "</text>";
    }

    /** w1 → w₁: the inputs' names in the hash are plain letters and digits. */
    static String pretty(String name) {
        return name.replace("1", "₁").replace("2", "₂");
    }

    static String value(double x) {
        return Numbers.format(x, 6);
    }

    private static String num(double x) {
        return Numbers.format(x, 6);
    }
}

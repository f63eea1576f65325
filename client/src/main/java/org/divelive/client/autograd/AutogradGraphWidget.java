package org.divelive.client.autograd;

import static org.divelive.client.widget.Words.of;

import java.util.ArrayList;
import java.util.List;

import org.divelive.client.widget.Form;
import org.divelive.client.widget.Settings;
import org.divelive.math.lessons.autograd.BackwardPass;
import org.divelive.math.lessons.autograd.Expression;
import org.divelive.math.lessons.autograd.RegressionExampleLoss;
import org.divelive.math.lessons.autograd.Scalar;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * {@code autograd-graph}: the loss of one linear-regression example as a computational graph, and shared-math's
 * {@link BackwardPass} stepped one node at a time, with a finite-difference check of every input's gradient beside it.
 */
public final class AutogradGraphWidget {
    /** Step of the central difference (f(x + h) − f(x − h)) / 2h. */
    private static final double H = 1e-5;
    private static final String[] NAMES = RegressionExampleLoss.NAMES;

    private final HTMLElement root;
    private final Settings settings;
    private final Form form;
    private BackwardPass pass;
    private List<Scalar> nodes;
    private GraphLayout layout;
    private boolean[] propagated;
    private int current;
    private int steps;

    public AutogradGraphWidget(HTMLElement host) {
        this.root = host;
        this.settings = new Settings(host, fields());
        host.setInnerHTML(AutogradTemplate.html(settings.html()));
        host.getClassList().add("widget");
        this.form = new Form(host);
        on("step", this::step);
        on("run", () -> {
            while (pass != null && !pass.done()) {
                step();
            }
        });
        on("reset", this::reset);
        element("settings").addEventListener("change", event -> reset());
        reset();
    }

    private static List<Settings.Field> fields() {
        List<Settings.Field> fields = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            double fallback = RegressionExampleLoss.DEFAULTS[i];
            fields.add(Settings.Field.number(NAMES[i], "data-" + NAMES[i], GraphSvg.pretty(NAMES[i]),
                    fallback == Math.rint(fallback) ? String.valueOf((long) fallback) : String.valueOf(fallback)));
        }
        return fields;
    }

    /** Builds the graph at the form's values, with no gradient propagated yet. */
    private void reset() {
        form.clearErrors();
        double[] values = new double[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            values[i] = form.number(NAMES[i]);
            if (!Double.isFinite(values[i])) {
                form.showError(NAMES[i], NAMES[i] + " must be a finite number, was " + values[i]);
                pass = null;
                status(of("Fix the highlighted input to build the graph.", "请修改标出的输入后再构建计算图。"));
                return;
            }
        }
        settings.writeHash(form);
        Scalar loss = Expression.at(RegressionExampleLoss.EXPRESSION, NAMES, values);
        pass = new BackwardPass(loss);
        nodes = pass.nodes();
        layout = new GraphLayout(nodes);
        propagated = new boolean[nodes.size()];
        current = -1;
        steps = 0;
        // ℓ = ½·(r)², r = ŷ − y: the square's input is the residual, whose first input is ŷ
        Scalar residual = loss.inputs().get(0).inputs().get(0);
        out("prediction", GraphSvg.value(residual.inputs().get(0).value()));
        out("residual", GraphSvg.value(residual.value()));
        out("loss", GraphSvg.value(loss.value()));
        CheckTable.render(root.querySelector("[data-role=\"check\"] tbody"), values, H);
        draw();
        status(of("Forward pass done: every value is known. The output's gradient is ∂ℓ/∂ℓ = 1. "
                + "Press Step backward.", "前向传播完成：所有值都已知。输出的梯度 ∂ℓ/∂ℓ = 1。请按“反向传播一步”。"));
    }

    private void step() {
        if (pass == null) {
            return;
        }
        Scalar node = pass.step();
        if (node == null) {
            status(of("The backward pass is complete. Reset to start again.", "反向传播已完成。按“重置”重新开始。"));
            return;
        }
        current = layout.indexOf(node);
        propagated[current] = true;
        steps++;
        draw();
        String name = node.inputs().isEmpty() ? GraphSvg.pretty(node.label()) : node.operation();
        status(node.inputs().isEmpty()
                ? of("Input " + name + " has no inputs of its own: its gradient " + GraphSvg.value(node.grad())
                        + " is final.", "输入 " + name + " 没有自己的输入：它的梯度 " + GraphSvg.value(node.grad())
                        + " 已是最终值。")
                : of("Node " + name + " passed its gradient " + GraphSvg.value(node.grad())
                        + " to its inputs, each times its local gradient (chain rule).",
                        "节点 " + name + " 把它的梯度 " + GraphSvg.value(node.grad())
                                + " 乘以各自的局部梯度传给它的输入（链式法则）。"));
    }

    private void draw() {
        element("graph").setInnerHTML(GraphSvg.markup(nodes, layout, propagated, current));
        out("steps", steps + " / " + nodes.size());
    }

    private void status(String message) {
        out("status", message);
    }

    private void out(String name, String text) {
        root.querySelector("[data-out=\"" + name + "\"]").setTextContent(text);
    }

    private HTMLElement element(String role) {
        return root.querySelector("[data-role=\"" + role + "\"]");
    }

    private void on(String role, Runnable action) {
        element(role).addEventListener("click", event -> action.run());
    }
}

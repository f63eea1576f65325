package org.divelive.client.autograd;

import java.util.ArrayList;
import java.util.List;

import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.Settings;
import org.divelive.client.widget.WidgetHost;
import org.divelive.math.lessons.autograd.BackwardPass;
import org.divelive.math.lessons.autograd.Expression;
import org.divelive.math.lessons.autograd.RegressionExampleLoss;
import org.divelive.math.lessons.autograd.Scalar;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.setting.Rule;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * {@code autograd-graph}: the loss of one linear-regression example as a computational graph, and shared-math's
 * {@link BackwardPass} stepped one node at a time, with a finite-difference check of every input's gradient beside it.
 */
public final class AutogradGraphWidget {
    /** Step of the central difference (f(x + h) − f(x − h)) / 2h. */
    private static final double H = 1e-5;
    private static final String[] NAMES = RegressionExampleLoss.NAMES;

    private final WidgetHost host;
    private BackwardPass pass;
    private List<Scalar> nodes;
    private GraphLayout layout;
    private boolean[] propagated;
    private int current;
    private int steps;

    public AutogradGraphWidget(HTMLElement root) {
        this.host = new WidgetHost(root, fields(), AutogradTemplate::html);
        host.on("step", this::step);
        host.on("run", () -> {
            while (pass != null && !pass.done()) {
                step();
            }
        });
        host.on("reset", this::reset);
        host.onSettingsChange(this::reset);
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

    /** The inputs from the form; every one must be a finite number. */
    private double[] inputs() {
        double[] values = new double[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            values[i] = host.number(NAMES[i]);
            if (!Double.isFinite(values[i])) {
                throw new InvalidHyperparameterException(NAMES[i], NAMES[i] + " must be a finite number, was "
                        + values[i], Rule.NOT_A_NUMBER, Double.NaN, Double.NaN);
            }
        }
        return values;
    }

    /** Builds the graph at the form's values, with no gradient propagated yet. */
    private void reset() {
        double[] values = host.tryOrShowError(this::inputs, Sentence.AUTOGRAD_FIX_INPUT);
        if (values == null) {
            pass = null;
            return;
        }
        host.writeHash();
        Scalar loss = Expression.at(RegressionExampleLoss.EXPRESSION, NAMES, values);
        pass = new BackwardPass(loss);
        nodes = pass.nodes();
        layout = new GraphLayout(nodes);
        propagated = new boolean[nodes.size()];
        current = -1;
        steps = 0;
        // ℓ = ½·(r)², r = ŷ − y: the square's input is the residual, whose first input is ŷ
        Scalar residual = loss.inputs().get(0).inputs().get(0);
        host.out("prediction", GraphSvg.value(residual.inputs().get(0).value()));
        host.out("residual", GraphSvg.value(residual.value()));
        host.out("loss", GraphSvg.value(loss.value()));
        CheckTable.render(host.element("check").querySelector("tbody"), values, H);
        draw();
        host.say(Sentence.AUTOGRAD_FORWARD_DONE);
    }

    private void step() {
        if (pass == null) {
            return;
        }
        Scalar node = pass.step();
        if (node == null) {
            host.say(Sentence.AUTOGRAD_COMPLETE);
            return;
        }
        current = layout.indexOf(node);
        propagated[current] = true;
        steps++;
        draw();
        String gradient = GraphSvg.value(node.grad());
        if (node.inputs().isEmpty()) {
            host.say(Sentence.AUTOGRAD_INPUT_FINAL, GraphSvg.pretty(node.label()), gradient);
        } else {
            host.say(Sentence.AUTOGRAD_NODE_PASSED, node.operation(), gradient);
        }
    }

    private void draw() {
        host.element("graph").setInnerHTML(GraphSvg.markup(nodes, layout, propagated, current));
        host.out("steps", steps + " / " + nodes.size());
    }
}

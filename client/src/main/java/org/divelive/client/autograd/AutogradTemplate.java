package org.divelive.client.autograd;

import static org.divelive.client.widget.Markup.STATUS;
import static org.divelive.client.widget.Markup.button;
import static org.divelive.client.widget.Markup.buttons;
import static org.divelive.client.widget.Markup.readout;
import static org.divelive.client.widget.Markup.readoutRow;
import static org.divelive.client.widget.Words.of;

import org.divelive.client.widget.Words;

/** The markup of {@code autograd-graph}: the six inputs, buttons, the graph, its numbers and the gradient check. */
final class AutogradTemplate {
    private AutogradTemplate() {
    }

    static String html(String settings) {
        return "<p class=\"ag-formula\">ℓ = ½(w₁x₁ + w₂x₂ + b − y)²</p>"
                + settings
                + buttons(button("step", of("Step backward", "反向传播一步")), button("run", of("Run all", "全部运行")),
                        button("reset", Words.RESET))
                + STATUS
                + readoutRow(
                        readout("ŷ = w₁x₁ + w₂x₂ + b", "prediction", ""),
                        readout(of("residual", "残差") + " r = ŷ − y", "residual", ""),
                        readout("ℓ = ½r²", "loss", ""),
                        readout(of("Steps", "步数"), "steps", ""))
                + "<div class=\"ag-layout\">"
                + "<figure><div class=\"ag-scroll\" data-role=\"graph\"></div><figcaption>"
                + of("Each box: operation, value (forward pass) and gradient ∂ℓ/∂node (backward pass). Numbers on "
                        + "the edges: local gradients ∂node/∂input, shown once the node has propagated.",
                        "每个方框：运算、值（前向传播）和梯度 ∂ℓ/∂节点（反向传播）。边上的数字：局部梯度 ∂节点/∂输入，"
                                + "在该节点传播后显示。")
                + "</figcaption></figure>"
                + "<table class=\"widget-table\" data-role=\"check\"><caption>"
                + of("Gradient check: backward pass against central differences (h = 1e-5)",
                        "梯度检验：反向传播与中心差分（h = 1e-5）比较")
                + "</caption><thead><tr><th scope=\"col\">" + of("input", "输入") + "</th>"
                + "<th scope=\"col\">" + of("backward ∂ℓ/∂input", "反向传播 ∂ℓ/∂输入") + "</th>"
                + "<th scope=\"col\">" + of("finite difference", "有限差分") + "</th>"
                + "<th scope=\"col\">" + of("difference", "差") + "</th></tr></thead><tbody></tbody></table>"
                + "</div>";
    }

}

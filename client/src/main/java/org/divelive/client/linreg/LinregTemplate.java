package org.divelive.client.linreg;

import static org.divelive.client.widget.Markup.button;
import static org.divelive.client.widget.Markup.readout;
import static org.divelive.client.widget.Words.of;

/** The markup of the {@code sgd-linreg} widget: settings, buttons, readouts, two charts and the loss surface. */
final class LinregTemplate {
    private LinregTemplate() {
    }

    static String html(String settings) {
        return settings
                + "<div class=\"widget-buttons\">"
                + button("step", of("Step", "单步"))
                + button("epoch", of("Epoch", "一轮"))
                + button("play", of("Play", "开始"))
                + button("reset", of("Reset", "重置"))
                + "</div>"
                + "<p class=\"widget-status\" role=\"status\" data-out=\"status\"></p>"
                + "<dl class=\"widget-readout\">"
                + readout(of("Step", "步"), "step", "0")
                + readout(of("Epoch", "轮"), "epoch", "0")
                + readout(of("Minibatch size", "小批量大小"), "batch", "–")
                + readout(of("Loss", "损失"), "loss", "–")
                + readout("w", "w", "")
                + readout("b", "b", "")
                + readout(of("Gradient g", "梯度 g"), "grad", "–")
                + readout(of("Update of w", "w 的更新"), "update-w", "–")
                + readout(of("Update of b", "b 的更新"), "update-b", "–")
                + "</dl>"
                + "<div class=\"widget-charts\">"
                + "<figure><div class=\"chart-box\"><canvas data-role=\"loss-chart\" "
                + "aria-label=\"" + of("Minibatch loss by step", "每步小批量损失") + "\"></canvas></div>"
                + "<figcaption>" + of("Loss of each minibatch (log scale)", "每个小批量的损失（对数坐标）") + "</figcaption></figure>"
                + "<figure><div class=\"chart-box\"><canvas data-role=\"data-chart\" "
                + "aria-label=\"" + of("Second feature against the label, with the model's line", "第二个特征与标签，以及模型的直线") + "\"></canvas></div>"
                + "<figcaption>" + of("The data and the current model", "数据与当前模型") + "</figcaption></figure>"
                + "<figure><div class=\"surface-box\"><canvas data-role=\"surface\" width=\"380\" height=\"380\" "
                + "data-path-points=\"0\" aria-label=\"" + of("Loss surface over w₁ and w₂ with the SGD path",
                        "关于 w₁ 和 w₂ 的损失曲面及 SGD 路径") + "\"></canvas></div>"
                + "<figcaption>" + LinregSurfaceView.caption() + "</figcaption></figure>"
                + "</div>";
    }
}

package org.divelive.client.linreg;

import static org.divelive.client.widget.Markup.STATUS;
import static org.divelive.client.widget.Markup.button;
import static org.divelive.client.widget.Markup.buttons;
import static org.divelive.client.widget.Markup.chart;
import static org.divelive.client.widget.Markup.charts;
import static org.divelive.client.widget.Markup.readout;
import static org.divelive.client.widget.Markup.readouts;
import static org.divelive.client.widget.Words.of;

import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.Words;

/** The markup of the {@code sgd-linreg} widget: settings, buttons, readouts, two charts and the loss surface. */
final class LinregTemplate {
    private LinregTemplate() {
    }

    static String html(String settings) {
        return settings
                + buttons(button("step", Words.ONE_STEP), button("epoch", Words.ONE_EPOCH),
                        button("play", Words.PLAY), button("reset", Words.RESET))
                + STATUS
                + "<p data-out=\"implementation\"></p>"
                + readouts(
                        readout(Words.STEP, "step", "0"),
                        readout(Words.EPOCH, "epoch", "0"),
                        readout(of("Minibatch size", "小批量大小"), "batch", "–"),
                        readout(of("Loss", "损失"), "loss", "–"),
                        readout("w", "w", ""),
                        readout("b", "b", ""),
                        readout(of("Gradient g", "梯度 g"), "grad", "–"),
                        readout(of("Update of w", "w 的更新"), "update-w", "–"),
                        readout(of("Update of b", "b 的更新"), "update-b", "–"))
                + charts(
                        chart("loss-chart", of("Minibatch loss by step", "每步小批量损失"),
                                of("Loss of each minibatch (log scale)", "每个小批量的损失（对数坐标）")),
                        chart("data-chart", of("Second feature against the label, with the model's line",
                                "第二个特征与标签，以及模型的直线"), of("The data and the current model", "数据与当前模型")),
                        surface());
    }

    /** The loss surface: a canvas of fixed size (its pixels are the contour plot's), not a Chart.js chart. */
    private static String surface() {
        return "<figure><div class=\"surface-box\"><canvas data-role=\"surface\" width=\"380\" height=\"380\" "
                + "data-path-points=\"0\" aria-label=\"" + of("Loss surface over w₁ and w₂ with the SGD path",
                        "关于 w₁ 和 w₂ 的损失曲面及 SGD 路径") + "\"></canvas></div>"
                + "<figcaption>" + Sentence.LINREG_SURFACE_CAPTION.format("<span data-out=\"surface-b\"></span>")
                + "</figcaption></figure>";
    }
}

package org.divelive.client.train;

import static org.divelive.client.widget.Markup.LOADING;
import static org.divelive.client.widget.Markup.STATUS;
import static org.divelive.client.widget.Markup.button;
import static org.divelive.client.widget.Markup.buttons;
import static org.divelive.client.widget.Markup.disabledButton;
import static org.divelive.client.widget.Markup.readout;
import static org.divelive.client.widget.Markup.readoutRow;
import static org.divelive.client.widget.Words.of;

import org.divelive.client.widget.Words;

/** The markup of the classifier training widgets: settings, buttons, status, chart, and the model's pictures. */
final class ClassifierTemplate {
    private ClassifierTemplate() {
    }

    static String html(String settings, boolean mlp) {
        return settings
                + buttons(disabledButton("play", Words.PLAY), disabledButton("step", Words.ONE_STEP),
                        disabledButton("epoch", Words.ONE_EPOCH), disabledButton("reset", Words.RESET),
                        disabledButton("server", of("Train on server", "在服务器上训练")),
                        disabledButton("load", of("Load weights into page", "把权重载入页面")),
                        button("cancel", of("Cancel server run", "取消服务器训练")))
                + LOADING
                + STATUS
                + readoutRow(
                        readout(Words.EPOCH, "epoch", "0"),
                        readout(Words.STEP, "step", "0"),
                        // the label names the number of test images once the worker holds them
                        readout("<span data-out=\"test-images\">" + of("Test accuracy", "测试准确率") + "</span>",
                                "test-accuracy", "–"),
                        readout(of("Samples/s", "样本/秒"), "speed", "–"),
                        readout(of("Time left", "剩余时间"), "eta", "–"))
                + "<div class=\"chart-box chart-wide\"><canvas data-role=\"chart\" aria-label=\""
                + of("Loss and accuracy by epoch", "各轮的损失和准确率") + "\"></canvas></div>"
                + "<p class=\"widget-status\" data-role=\"previous\" data-out=\"previous\" hidden></p>"
                + "<div class=\"widget-pictures\">"
                + "<figure><div class=\"weight-grid\" data-role=\"weights\"></div><figcaption>"
                + (mlp ? of("First-layer weights of the first hidden units", "前几个隐藏单元的第一层权重")
                        : of("The ten weight vectors, one per class (blue +, red −)", "十个类别的权重向量（蓝为正，红为负）"))
                + "</figcaption></figure>"
                + "<figure><table class=\"confusion\" data-role=\"confusion\"></table><figcaption>"
                + of("Confusion matrix on the test images (rows: true class)", "测试图像上的混淆矩阵（行：真实类别）")
                + "</figcaption></figure>"
                + "</div>"
                + "<figure><div class=\"mistakes\" data-role=\"mistakes\"></div><figcaption>"
                + of("Test images the model gets wrong, with its top-3 guesses",
                        "模型判断错误的测试图像，以及它的前三个猜测")
                + "</figcaption></figure>";
    }
}

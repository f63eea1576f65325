package org.divelive.client.linreg;

import static org.divelive.client.widget.Words.of;

/** The markup of the {@code sgd-linreg} widget: settings, buttons, readouts, two charts and the loss surface. */
final class LinregTemplate {
    private LinregTemplate() {
    }

    static String html(String settings) {
        return settings
                + "<div class=\"widget-buttons\">"
                + "<button type=\"button\" data-role=\"step\">Step</button>"
                + "<button type=\"button\" data-role=\"epoch\">Epoch</button>"
                + "<button type=\"button\" data-role=\"play\">Play</button>"
                + "<button type=\"button\" data-role=\"reset\">Reset</button>"
                + "</div>"
                + "<p class=\"widget-status\" role=\"status\" data-out=\"status\"></p>"
                + "<dl class=\"widget-readout\">"
                + "<dt>Step</dt><dd data-out=\"step\">0</dd>"
                + "<dt>Epoch</dt><dd data-out=\"epoch\">0</dd>"
                + "<dt>Minibatch size</dt><dd data-out=\"batch\">–</dd>"
                + "<dt>Loss</dt><dd data-out=\"loss\">–</dd>"
                + "<dt>w</dt><dd data-out=\"w\"></dd>"
                + "<dt>b</dt><dd data-out=\"b\"></dd>"
                + "<dt>Gradient g</dt><dd data-out=\"grad\">–</dd>"
                + "<dt>Update of w</dt><dd data-out=\"update-w\">–</dd>"
                + "<dt>Update of b</dt><dd data-out=\"update-b\">–</dd>"
                + "</dl>"
                + "<div class=\"widget-charts\">"
                + "<figure><div class=\"chart-box\"><canvas data-role=\"loss-chart\" "
                + "aria-label=\"Minibatch loss by step\"></canvas></div>"
                + "<figcaption>Loss of each minibatch (log scale)</figcaption></figure>"
                + "<figure><div class=\"chart-box\"><canvas data-role=\"data-chart\" "
                + "aria-label=\"Second feature against the label, with the model's line\"></canvas></div>"
                + "<figcaption>The data and the current model</figcaption></figure>"
                + "<figure><div class=\"surface-box\"><canvas data-role=\"surface\" width=\"380\" height=\"380\" "
                + "data-path-points=\"0\" aria-label=\"" + of("Loss surface over w₁ and w₂ with the SGD path",
                        "关于 w₁ 和 w₂ 的损失曲面及 SGD 路径") + "\"></canvas></div>"
                + "<figcaption>" + LinregSurfaceView.caption() + "</figcaption></figure>"
                + "</div>";
    }
}

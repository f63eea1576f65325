package org.divelive.client.linreg;

/** The markup of the {@code sgd-linreg} widget: settings, buttons, readouts and two chart canvases. */
final class LinregTemplate {
    private LinregTemplate() {
    }

    static String html(String learningRate, String batchSize, String epochs, String seed) {
        return ""
                + "<div class=\"widget-settings\" data-role=\"settings\">"
                + field("learningRate", "Learning rate η", learningRate, "any")
                + field("batchSize", "Batch size |B|", batchSize, "1")
                + field("epochs", "Epochs", epochs, "1")
                + field("seed", "Seed", seed, "1")
                + "<label class=\"widget-field\"><span>Speed</span><select data-field=\"speed\">"
                + "<option value=\"1\" selected>1 step/frame</option>"
                + "<option value=\"10\">10 steps/frame</option>"
                + "<option value=\"100\">100 steps/frame</option></select></label>"
                + "<p class=\"field-error\" data-error-for=\"form\" role=\"alert\"></p>"
                + "</div>"
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
                + "</div>";
    }

    private static String field(String name, String label, String value, String step) {
        return "<label class=\"widget-field\"><span>" + label + "</span>"
                + "<input type=\"number\" inputmode=\"decimal\" step=\"" + step + "\" data-field=\"" + name
                + "\" value=\"" + escape(value) + "\"></label>"
                + "<p class=\"field-error\" data-error-for=\"" + name + "\" role=\"alert\"></p>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}

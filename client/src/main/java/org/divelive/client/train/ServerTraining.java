package org.divelive.client.train;

import static org.divelive.client.widget.Words.of;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.divelive.client.js.Charts;
import org.divelive.client.js.Http;
import org.divelive.client.js.Messages;
import org.divelive.client.js.Site;
import org.divelive.client.js.TrainingChart;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The "Train on server" and "Load weights into page" buttons of a classifier widget: the widget's setup runs on the
 * server, its epochs are drawn into the widget's chart as a second pair of series, and once it is done its weights
 * can replace the page model's, so the pictures show what the server's model predicts.
 */
final class ServerTraining implements ServerRun.Listener {
    private final HTMLElement trainButton;
    private final HTMLElement loadButton;
    private final JSObject chart;
    private final Supplier<ClassifierSetup> setup;
    private final Consumer<String> status;
    private final Consumer<JSObject> toWorker;
    private long runId = -1;

    ServerTraining(HTMLElement trainButton, HTMLElement loadButton, JSObject chart, Supplier<ClassifierSetup> setup,
            Consumer<String> status, Consumer<JSObject> toWorker) {
        this.trainButton = trainButton;
        this.loadButton = loadButton;
        this.chart = chart;
        this.setup = setup;
        this.status = status;
        this.toWorker = toWorker;
        if (!Site.hasServer()) {
            // a static export without a server: nothing to train on or load from
            trainButton.setAttribute("hidden", "");
            loadButton.setAttribute("hidden", "");
        }
        trainButton.addEventListener("click", event -> start());
        loadButton.addEventListener("click", event -> load());
    }

    void enable() {
        trainButton.removeAttribute("disabled");
    }

    private void start() {
        ClassifierSetup current = setup.get();
        if (current == null) {
            return;
        }
        trainButton.setAttribute("disabled", "");
        loadButton.setAttribute("disabled", "");
        Charts.clear(chart, TrainingChart.SERVER_TEST_ACCURACY);
        Charts.clear(chart, TrainingChart.SERVER_TRAIN_LOSS);
        TrainingChart.show(chart, TrainingChart.SERVER_TEST_ACCURACY);
        TrainingChart.show(chart, TrainingChart.SERVER_TRAIN_LOSS);
        Charts.update(chart);
        status.accept(of("Sending the setup to the server…", "正在把设置发送到服务器……"));
        ServerRun.start(current, this);
    }

    @Override
    public void accepted(long id) {
        runId = id;
        status.accept(of("Run #", "服务器运行 #") + id + of(" is queued on the server.", " 已排队。"));
    }

    @Override
    public void progress(String json) {
        status.accept(of("Run #", "服务器运行 #") + runId + of(": epoch ", "：第 ") + Http.field(json, "epoch")
                + of(", step ", " 轮，第 ") + Http.field(json, "step") + " / " + Http.field(json, "steps")
                + of(".", " 步。"));
    }

    @Override
    public void epoch(String json) {
        double epoch = Double.parseDouble(Http.field(json, "epoch"));
        Charts.addPoint(chart, TrainingChart.SERVER_TEST_ACCURACY, epoch, Double.parseDouble(Http.field(json, "testAcc")));
        Charts.addPoint(chart, TrainingChart.SERVER_TRAIN_LOSS, epoch, Double.parseDouble(Http.field(json, "trainLoss")));
        Charts.update(chart);
    }

    @Override
    public void ended(String runStatus, String message) {
        trainButton.removeAttribute("disabled");
        if (runStatus.equals("finished") || runStatus.equals("cancelled")) {
            loadButton.removeAttribute("disabled");
        }
        status.accept(of("Server run #", "服务器运行 #") + runId + ": " + runStatus + (message.isEmpty() ? "" : " — "
                + message));
    }

    @Override
    public void refused(String message) {
        trainButton.removeAttribute("disabled");
        status.accept(of("The server did not take the run: ", "服务器没有接受这次训练：") + message);
    }

    private void load() {
        ServerRun.weights(runId, file -> {
            JSObject message = Messages.of("weights");
            Messages.put(message, "file", file);
            toWorker.accept(message);
        }, (code, message) -> status.accept(of("The weights could not be fetched: ", "无法获取权重：") + message));
    }
}

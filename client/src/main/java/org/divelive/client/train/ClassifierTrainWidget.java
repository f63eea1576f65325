package org.divelive.client.train;

import static org.divelive.client.widget.Words.of;

import java.util.ArrayList;
import java.util.List;

import org.divelive.client.js.Charts;
import org.divelive.client.js.Messages;
import org.divelive.client.js.Numbers;
import org.divelive.client.js.TrainingChart;
import org.divelive.client.widget.Form;
import org.divelive.client.widget.Settings;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.setting.Setting;
import org.divelive.math.setting.TrainedModel;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * {@code softmax-train} and {@code mlp-train}: a classifier trained on the real Fashion-MNIST in a Web Worker, with
 * live curves, speed, the model's weights as pictures, its confusion matrix and its mistakes. The page only draws;
 * every number comes from shared-math running in the worker.
 */
public final class ClassifierTrainWidget {
    private static final int TEST_IMAGES = 2000;
    /** Weight of the newest report in the smoothed step loss. */
    private static final double SMOOTHING = 0.3;

    private final HTMLElement root;
    private final boolean mlp;
    private final Settings settings;
    private final Form form;
    private final JSObject chart;
    private final ClassifierPictures pictures;
    private final ServerTraining server;
    private TrainingClient worker;
    private ClassifierSetup setup;
    private boolean playing;
    private double smoothedLoss = Double.NaN;
    /** When and at which step the current stretch of playing began: samples/s is measured over it. */
    private double playStartTime;
    private int playStartStep;
    private int lastStep;

    public ClassifierTrainWidget(HTMLElement host, boolean mlp) {
        this.root = host;
        this.mlp = mlp;
        this.settings = new Settings(host, fields(mlp));
        host.setInnerHTML(ClassifierTemplate.html(settings.html(), mlp));
        host.getClassList().add("widget");
        this.form = new Form(host);
        this.chart = TrainingChart.create(element("chart"), new String[] {
            of("step loss (smoothed)", "单步损失（平滑）"), of("train loss", "训练损失"),
            of("train accuracy", "训练准确率"), of("test accuracy", "测试准确率"),
            of("server: test accuracy", "服务器：测试准确率"), of("server: train loss", "服务器：训练损失")},
                of("epoch", "轮"), of("loss", "损失"), of("accuracy", "准确率"));
        this.pictures = new ClassifierPictures(element("weights"), element("confusion"), element("mistakes"));
        on("play", this::togglePlay);
        on("step", () -> command("step"));
        on("epoch", () -> command("epoch"));
        on("reset", this::reset);
        this.server = new ServerTraining(element("server"), element("load"), chart, this::validSetup, this::status,
                message -> worker.send(message));
        element("settings").addEventListener("change", event -> {
            if (validSetup() != null) {
                // only a reader's change goes into the address: a page just opened keeps its #section
                settings.writeHash(form);
                reset();
            }
        });
        status(of("Loading Fashion-MNIST from the server…", "正在从服务器加载 Fashion-MNIST……"));
        ClassifierSetup initial = validSetup();
        FashionData.load(initial != null ? initial.trainSubset() : Integer.parseInt(IN_PAGE_SUBSET), TEST_IMAGES, new FashionData.Listener() {
            @Override
            public void progress(double fraction) {
                element("loading").setAttribute("value", Numbers.format(fraction, 3));
            }

            @Override
            public void ready(JSObject train, JSObject test) {
                element("loading").setAttribute("hidden", "");
                worker = new TrainingClient(ClassifierTrainWidget.this::receive);
                worker.data(train, test);
            }

            @Override
            public void failed(String message) {
                element("loading").setAttribute("hidden", "");
                status(of("The data set is not available: ", "数据集不可用：") + message);
            }
        });
    }

    /** In-page training keeps to this many images by default, so an epoch takes seconds; a server run takes all. */
    private static final String IN_PAGE_SUBSET = "10000";

    private static List<Settings.Field> fields(boolean mlp) {
        TrainedModel model = mlp ? TrainedModel.MLP : TrainedModel.SOFTMAX;
        List<Settings.Field> fields = new ArrayList<>(List.of(
                number(Setting.LEARNING_RATE, "data-lr", of("Learning rate η", "学习率 η"), model),
                number(Setting.BATCH_SIZE, "data-batch-size", of("Batch size", "批量大小"), model),
                number(Setting.EPOCHS, "data-epochs", of("Epochs", "轮数"), model),
                Settings.Field.number(Setting.TRAIN_SUBSET.name(), "data-train-subset",
                        of("Training images", "训练图像数"), IN_PAGE_SUBSET),
                number(Setting.SEED, "data-seed", of("Seed", "随机种子"), model)));
        if (mlp) {
            fields.add(number(Setting.HIDDEN, "data-hidden", of("Hidden layers", "隐藏层"), model));
            fields.add(Settings.Field.choice(Setting.ACTIVATION.name(), "data-activation", of("Activation", "激活函数"),
                    Setting.ACTIVATION.defaultText(model), Setting.ACTIVATION.choices()));
            fields.add(number(Setting.WEIGHT_DECAY, "data-weight-decay", of("Weight decay λ", "权重衰减 λ"), model));
        }
        return fields;
    }

    /** A text field for a setting, opening with its model's default. */
    private static Settings.Field number(Setting setting, String attribute, String label, TrainedModel model) {
        return Settings.Field.number(setting.name(), attribute, label, setting.defaultText(model));
    }

    /** The form's setup, or null after showing what is wrong beside the field. */
    private ClassifierSetup validSetup() {
        form.clearErrors();
        try {
            return ClassifierSetup.read(form, mlp, settings.openingValue(Setting.TRAIN_SUBSET.name()));
        } catch (InvalidHyperparameterException e) {
            form.showError(e.field(), e.getMessage());
            status(of("Fix the highlighted setting to train.", "请先修正标出的设置。"));
            return null;
        }
    }

    private void reset() {
        ClassifierSetup next = validSetup();
        if (next == null || worker == null) {
            return;
        }
        setup = next;
        playing = false;
        label("play", of("Play", "开始"));
        for (int series = 0; series < 4; series++) {
            Charts.clear(chart, series);
        }
        Charts.update(chart);
        smoothedLoss = Double.NaN;
        lastStep = 0;
        root.setAttribute("data-epoch-rates", "");
        out("epoch", "0");
        out("step", "0");
        out("speed", "–");
        out("eta", "–");
        out("test-accuracy", "–");
        worker.send(setup.message());
    }

    private void togglePlay() {
        if (playing) {
            playing = false;
            label("play", of("Play", "开始"));
            worker.command("pause");
            status(of("Paused.", "已暂停。"));
        } else if (validSetup() != null) {
            playing = true;
            label("play", of("Pause", "暂停"));
            playStartTime = Performance.now();
            playStartStep = lastStep;
            worker.command("play");
            status(of("Training in the page (", "正在页面中训练（") + root.getAttribute("data-engine")
                    + of(")…", "）……"));
        }
    }

    private void command(String type) {
        if (playing) {
            togglePlay();
        }
        worker.command(type);
    }

    private void receive(JSObject message) {
        String type = Messages.text(message, "type");
        switch (type) {
            case "engine" -> root.setAttribute("data-engine", Messages.text(message, "name"));
            case "ready" -> reset();
            case "configured" -> {
                enableButtons();
                status(of("Ready: press Play.", "准备就绪：请按“开始”。"));
            }
            case "progress" -> progress(message);
            case "epoch" -> epoch(message);
            case "views" -> pictures.draw(message, !mlp);
            case "paused" -> worker.command("views");
            case "stopped" -> {
                playing = false;
                label("play", of("Play", "开始"));
            }
            case "diverged" -> status(of("The loss became ", "损失变成了 ") + Numbers.format(Messages.number(message,
                    "loss"), 4) + of(" at step ", "（第 ") + (int) Messages.number(message, "step")
                    + of(": training stopped. Lower the learning rate and press Reset.", " 步），训练已停止。请调低学习率后按“重置”。"));
            case "finished" -> {
                status(of("Finished.", "训练完成。"));
                worker.command("views");
            }
            case "loaded" -> {
                status(of("The server's weights are in the page model: the pictures show its predictions.",
                        "服务器训练的权重已载入页面模型：下面的图展示的是它的预测。"));
                worker.command("views");
            }
            case "error" -> status(of("Training failed: ", "训练出错：") + Messages.text(message, "message"));
            default -> { }
        }
    }

    private void progress(JSObject message) {
        int step = (int) Messages.number(message, "step");
        double loss = Messages.number(message, "loss");
        smoothedLoss = Double.isNaN(smoothedLoss) ? loss : SMOOTHING * loss + (1 - SMOOTHING) * smoothedLoss;
        Charts.addPoint(chart, TrainingChart.STEP_LOSS, step / (double) setup.batchesPerEpoch(), smoothedLoss);
        Charts.update(chart);
        lastStep = step;
        out("step", String.valueOf(step));
        out("epoch", String.valueOf((int) Messages.number(message, "epoch")));
        double seconds = (Performance.now() - playStartTime) / 1000;
        if (playing && seconds > 0.5 && step > playStartStep) {
            double samplesPerSecond = (step - playStartStep) * setup.hyper().batchSize() / seconds;
            long remainingSteps = (long) setup.batchesPerEpoch() * setup.hyper().epochs() - step;
            out("speed", Numbers.format(Math.round(samplesPerSecond), 6));
            out("eta", Numbers.format(Math.round(remainingSteps * setup.hyper().batchSize() / samplesPerSecond), 6)
                    + " s");
        }
    }

    private void epoch(JSObject message) {
        double epoch = Messages.number(message, "epoch");
        Charts.addPoint(chart, TrainingChart.TRAIN_LOSS, epoch, Messages.number(message, "trainLoss"));
        Charts.addPoint(chart, TrainingChart.TRAIN_ACCURACY, epoch, Messages.number(message, "trainAccuracy"));
        Charts.addPoint(chart, TrainingChart.TEST_ACCURACY, epoch, Messages.number(message, "testAccuracy"));
        Charts.update(chart);
        out("test-accuracy", Numbers.format(Messages.number(message, "testAccuracy"), 4));
        // the worker's own measure of the epoch (training only) replaces the running estimate
        out("speed", Numbers.format(Math.round(Messages.number(message, "samplesPerSecond")), 6));
        // and is kept, epoch by epoch, for whoever measures the page (the in-page benchmark)
        String rates = root.getAttribute("data-epoch-rates");
        root.setAttribute("data-epoch-rates", (rates == null || rates.isEmpty() ? "" : rates + ",")
                + Messages.number(message, "samplesPerSecond"));
        worker.command("views");
    }

    private void enableButtons() {
        for (String role : new String[] {"play", "step", "epoch", "reset"}) {
            element(role).removeAttribute("disabled");
        }
        server.enable();
    }

    private void status(String text) {
        out("status", text);
    }

    private void out(String name, String text) {
        root.querySelector("[data-out=\"" + name + "\"]").setTextContent(text);
    }

    private void label(String role, String text) {
        element(role).setTextContent(text);
    }

    private HTMLElement element(String role) {
        return root.querySelector("[data-role=\"" + role + "\"]");
    }

    private void on(String role, Runnable action) {
        element(role).addEventListener("click", event -> action.run());
    }
}

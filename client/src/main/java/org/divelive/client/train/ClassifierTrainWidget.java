package org.divelive.client.train;

import static org.divelive.client.widget.Words.of;

import java.util.ArrayList;
import java.util.List;

import org.divelive.client.js.Charts;
import org.divelive.client.js.Messages;
import org.divelive.client.js.Numbers;
import org.divelive.client.js.TrainingChart;
import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.Settings;
import org.divelive.client.widget.TrainingFields;
import org.divelive.client.widget.WidgetHost;
import org.divelive.client.widget.Words;
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

    private final WidgetHost host;
    private final boolean mlp;
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

    public ClassifierTrainWidget(HTMLElement root, boolean mlp) {
        this.host = new WidgetHost(root, fields(mlp), settings -> ClassifierTemplate.html(settings, mlp));
        this.mlp = mlp;
        this.chart = TrainingChart.create(host.element("chart"), new String[] {
            of("step loss (smoothed)", "单步损失（平滑）"), of("train loss", "训练损失"),
            of("train accuracy", "训练准确率"), of("test accuracy", "测试准确率"),
            of("server: test accuracy", "服务器：测试准确率"), of("server: train loss", "服务器：训练损失")},
                Words.EPOCH_AXIS, of("loss", "损失"), of("accuracy", "准确率"));
        this.pictures = new ClassifierPictures(host.element("weights"), host.element("confusion"),
                host.element("mistakes"));
        host.on("play", this::togglePlay);
        host.on("step", () -> command("step"));
        host.on("epoch", () -> command("epoch"));
        host.on("reset", this::reset);
        this.server = new ServerTraining(host, chart, this::validSetup, message -> worker.send(message));
        host.onSettingsChange(() -> {
            if (validSetup() != null) {
                // only a reader's change goes into the address: a page just opened keeps its #section
                host.writeHash();
                reset();
            }
        });
        host.say(Sentence.CLASSIFIER_LOADING);
        ClassifierSetup initial = validSetup();
        FashionData.load(host, initial != null ? initial.trainSubset() : Integer.parseInt(IN_PAGE_SUBSET), TEST_IMAGES, (train, test) -> {
            worker = new TrainingClient(this::receive);
            worker.data(train, test);
        });
    }

    /** In-page training keeps to this many images by default, so an epoch takes seconds; a server run takes all. */
    private static final String IN_PAGE_SUBSET = "10000";

    private static List<Settings.Field> fields(boolean mlp) {
        TrainedModel model = mlp ? TrainedModel.MLP : TrainedModel.SOFTMAX;
        List<Settings.Field> fields = new ArrayList<>();
        for (Setting setting : mlp ? MLP_FORM : SOFTMAX_FORM) {
            fields.add(TrainingFields.field(setting, setting == Setting.TRAIN_SUBSET ? IN_PAGE_SUBSET
                    : setting.defaultText(model)));
        }
        return fields;
    }

    /** The settings each form shows, in the order it shows them; every other one keeps its model's default. */
    private static final List<Setting> SOFTMAX_FORM = List.of(Setting.LEARNING_RATE, Setting.BATCH_SIZE,
            Setting.EPOCHS, Setting.TRAIN_SUBSET, Setting.SEED);
    private static final List<Setting> MLP_FORM = List.of(Setting.LEARNING_RATE, Setting.BATCH_SIZE, Setting.EPOCHS,
            Setting.TRAIN_SUBSET, Setting.SEED, Setting.HIDDEN, Setting.ACTIVATION, Setting.WEIGHT_DECAY, Setting.INIT);

    /** The form's setup, or null after showing what is wrong beside the field. */
    private ClassifierSetup validSetup() {
        return host.tryOrShowError(() -> ClassifierSetup.read(host.form(), mlp,
                host.openingValue(Setting.TRAIN_SUBSET.name())), Sentence.FIX_SETTING_TO_TRAIN);
    }

    private void reset() {
        ClassifierSetup next = validSetup();
        if (next == null || worker == null) {
            return;
        }
        setup = next;
        playing = false;
        host.label("play", Words.PLAY);
        for (int series = 0; series < 4; series++) {
            Charts.clear(chart, series);
        }
        Charts.update(chart);
        smoothedLoss = Double.NaN;
        lastStep = 0;
        host.root().setAttribute("data-epoch-rates", "");
        host.clear("0", "epoch", "step");
        host.clear("–", "speed", "eta", "test-accuracy");
        worker.send(setup.message());
    }

    private void togglePlay() {
        if (playing) {
            playing = false;
            host.label("play", Words.PLAY);
            worker.command("pause");
            host.say(Sentence.CLASSIFIER_PAUSED);
        } else if (validSetup() != null) {
            playing = true;
            host.label("play", Words.PAUSE);
            playStartTime = Performance.now();
            playStartStep = lastStep;
            worker.command("play");
            host.say(Sentence.CLASSIFIER_TRAINING, host.root().getAttribute("data-engine"));
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
            case "engine" -> host.root().setAttribute("data-engine", Messages.text(message, "name"));
            case "ready" -> reset();
            case "configured" -> {
                enableButtons();
                host.say(Sentence.CLASSIFIER_READY);
            }
            case "progress" -> progress(message);
            case "epoch" -> epoch(message);
            case "views" -> pictures.draw(message, !mlp);
            case "paused" -> worker.command("views");
            case "stopped" -> {
                playing = false;
                host.label("play", Words.PLAY);
            }
            case "diverged" -> host.say(Sentence.DIVERGED, (int) Messages.number(message, "step"),
                    Messages.number(message, "loss"));
            case "finished" -> {
                host.say(Sentence.CLASSIFIER_FINISHED);
                worker.command("views");
            }
            case "loaded" -> {
                host.say(Sentence.SERVER_WEIGHTS_LOADED);
                worker.command("views");
            }
            case "error" -> host.say(Sentence.CLASSIFIER_FAILED, Messages.text(message, "message"));
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
        host.out("step", String.valueOf(step));
        host.out("epoch", String.valueOf((int) Messages.number(message, "epoch")));
        double seconds = (Performance.now() - playStartTime) / 1000;
        if (playing && seconds > 0.5 && step > playStartStep) {
            double samplesPerSecond = (step - playStartStep) * setup.hyper().batchSize() / seconds;
            long remainingSteps = (long) setup.batchesPerEpoch() * setup.hyper().epochs() - step;
            host.out("speed", Numbers.format(Math.round(samplesPerSecond), 6));
            host.out("eta", Numbers.format(Math.round(remainingSteps * setup.hyper().batchSize() / samplesPerSecond), 6)
                    + " s");
        }
    }

    private void epoch(JSObject message) {
        double epoch = Messages.number(message, "epoch");
        Charts.addPoint(chart, TrainingChart.TRAIN_LOSS, epoch, Messages.number(message, "trainLoss"));
        Charts.addPoint(chart, TrainingChart.TRAIN_ACCURACY, epoch, Messages.number(message, "trainAccuracy"));
        Charts.addPoint(chart, TrainingChart.TEST_ACCURACY, epoch, Messages.number(message, "testAccuracy"));
        Charts.update(chart);
        host.out("test-accuracy", Numbers.format(Messages.number(message, "testAccuracy"), 4));
        // the worker's own measure of the epoch (training only) replaces the running estimate
        host.out("speed", Numbers.format(Math.round(Messages.number(message, "samplesPerSecond")), 6));
        // and is kept, epoch by epoch, for whoever measures the page (the in-page benchmark)
        String rates = host.root().getAttribute("data-epoch-rates");
        host.root().setAttribute("data-epoch-rates", (rates == null || rates.isEmpty() ? "" : rates + ",")
                + Messages.number(message, "samplesPerSecond"));
        worker.command("views");
    }

    private void enableButtons() {
        for (String role : new String[] {"play", "step", "epoch", "reset"}) {
            host.enable(role, true);
        }
        server.enable();
    }
}

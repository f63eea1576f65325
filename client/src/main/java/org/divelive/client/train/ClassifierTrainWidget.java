package org.divelive.client.train;

import static org.divelive.client.widget.Words.of;

import java.util.ArrayList;
import java.util.List;

import org.divelive.client.js.Charts;
import org.divelive.client.js.Messages;
import org.divelive.client.js.Numbers;
import org.divelive.client.js.TrainingChart;
import org.divelive.client.js.TrainingChart.Series;
import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.Settings;
import org.divelive.client.widget.TrainingFields;
import org.divelive.client.widget.WidgetHost;
import org.divelive.client.widget.Words;
import org.divelive.math.data.FashionMnist;
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
    /** Training images the worker holds: a larger subset is fetched first. */
    private int loadedImages;
    /** Test images the worker evaluates on (all it was sent), as the readout and the server model's summary say. */
    private int testImages;
    /** The run has ended (finished or diverged): only Reset, or a changed setting, trains again. */
    private boolean ended;
    /** Epochs the current run has completed, and its latest test accuracy: the previous run's summary. */
    private int epochsDone;
    /** Views asked of the worker and not answered yet, and how many of those answers belong to a run since reset. */
    private int viewsOutstanding;
    private int staleViews;
    private double lastTestAccuracy = Double.NaN;
    /** Said once the next setup is configured instead of "Ready" (a changed setting's note). */
    private Sentence whenConfigured = Sentence.CLASSIFIER_READY;
    /** The page model holds a server run's weights: the next views give its test accuracy. */
    private long serverModel = -1;

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
                if (lastStep > 0) {
                    whenConfigured = Sentence.CLASSIFIER_SETTINGS_CHANGED;
                }
                reset();
            }
        });
        host.say(Sentence.CLASSIFIER_LOADING);
        ClassifierSetup initial = validSetup();
        // the page evaluates on every test image, as the server does
        FashionData.load(host, initial != null ? initial.trainSubset() : FashionMnist.TRAIN_SIZE,
                FashionMnist.TEST_SIZE, (train, test) -> {
                    worker = new TrainingClient(this::receive);
                    worker.data(train, test);
                });
        host.show("previous", false);
    }

    /** Every field opens with its model's declared default, unless the lesson or the link sets it. */
    private static List<Settings.Field> fields(boolean mlp) {
        TrainedModel model = mlp ? TrainedModel.MLP : TrainedModel.SOFTMAX;
        List<Settings.Field> fields = new ArrayList<>();
        for (Setting setting : mlp ? MLP_FORM : SOFTMAX_FORM) {
            fields.add(TrainingFields.field(setting, model));
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
        double subset = host.number(Setting.TRAIN_SUBSET.name());
        host.trainingExamples(subset >= 1 && subset <= FashionMnist.TRAIN_SIZE ? (int) subset : 0);
        return host.tryOrShowError(() -> ClassifierSetup.read(host.form(), mlp,
                host.openingValue(Setting.TRAIN_SUBSET.name())), Sentence.FIX_SETTING_TO_TRAIN);
    }

    private void reset() {
        ClassifierSetup next = validSetup();
        if (next == null || worker == null) {
            return;
        }
        if (next.trainSubset() > loadedImages) {
            loadMore(next.trainSubset());
            return;
        }
        keepPreviousRun(next);
        setup = next;
        ended = false;
        serverModel = -1;
        epochsDone = 0;
        lastTestAccuracy = Double.NaN;
        pictures.clear();
        // the worker answers in order: what it still owes describes the run just reset, not the next one
        staleViews = viewsOutstanding;
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

    /** More training images than the worker holds: fetch them (the buttons wait), then configure again. */
    private void loadMore(int images) {
        enableButtons(false);
        host.say(Sentence.CLASSIFIER_LOADING_MORE, images);
        FashionData.load(host, images, FashionMnist.TEST_SIZE, (train, test) -> worker.data(train, test));
    }

    /** The run a new setup replaces stays summarised under the chart, so two runs can be compared. */
    private void keepPreviousRun(ClassifierSetup next) {
        if (setup == null || lastStep == 0) {
            return;
        }
        String settings = setup.differencesFrom(next, host.form());
        host.out("previous", epochsDone > 0
                ? Sentence.CLASSIFIER_PREVIOUS_RUN.format(settings, lastTestAccuracy, epochsDone)
                : Sentence.CLASSIFIER_PREVIOUS_UNFINISHED.format(settings));
        host.show("previous", true);
    }

    private void togglePlay() {
        if (playing) {
            playing = false;
            host.label("play", Words.PLAY);
            worker.command("pause");
            host.say(Sentence.CLASSIFIER_PAUSED);
        } else if (!ended && validSetup() != null) {
            playing = true;
            host.label("play", Words.PAUSE);
            playStartTime = Performance.now();
            playStartStep = lastStep;
            worker.command("play");
            host.say(Sentence.CLASSIFIER_TRAINING, host.root().getAttribute("data-engine"));
        }
    }

    private void command(String type) {
        if (ended) {
            return;
        }
        if (playing) {
            togglePlay();
        }
        worker.command(type);
    }

    private void receive(JSObject message) {
        String type = Messages.text(message, "type");
        switch (type) {
            case "engine" -> host.root().setAttribute("data-engine", Messages.text(message, "name"));
            case "ready" -> {
                loadedImages = (int) Messages.number(message, "train");
                testImages = (int) Messages.number(message, "test");
                host.out("test-images", Sentence.CLASSIFIER_TEST_ACCURACY_ON.format(Numbers.grouped(testImages)));
                reset();
            }
            case "configured" -> {
                enableButtons(true);
                host.say(whenConfigured);
                whenConfigured = Sentence.CLASSIFIER_READY;
            }
            case "progress" -> progress(message);
            case "epoch" -> epoch(message);
            case "views" -> views(message);
            case "paused" -> requestViews();
            case "stopped" -> stopped(Messages.text(message, "status"));
            case "diverged" -> {
                end();
                // the steps taken, as the Step readout and the chart count them
                host.say(Sentence.DIVERGED, (int) Messages.number(message, "step") - 1,
                        Messages.number(message, "loss"));
            }
            case "finished" -> {
                end();
                host.clear("–", "eta");
                host.say(Sentence.CLASSIFIER_FINISHED, setup.hyper().epochs());
                requestViews();
            }
            case "loaded" -> {
                serverModel = server.runId();
                host.out("epoch", String.valueOf(server.epochsDone()));
                host.clear("–", "step", "speed", "eta", "test-accuracy");
                host.say(Sentence.SERVER_WEIGHTS_LOADED);
                requestViews();
            }
            case "error" -> host.say(Sentence.CLASSIFIER_FAILED, Messages.text(message, "message"));
            default -> { }
        }
    }

    /** The worker stopped playing: at the end of an epoch (the Epoch button), or because the run ended. */
    private void stopped(String status) {
        playing = false;
        host.label("play", Words.PLAY);
        if (status.equals("running")) {
            host.say(Sentence.CLASSIFIER_PAUSED);
        }
    }

    /** The run is over: nothing is left to play or step until Reset or a new setting. */
    private void end() {
        ended = true;
        playing = false;
        host.label("play", Words.PLAY);
        for (String role : new String[] {"play", "step", "epoch"}) {
            host.enable(role, false);
        }
    }

    private void requestViews() {
        requestViews("views");
    }

    private void requestViews(String command) {
        viewsOutstanding++;
        worker.command(command);
    }

    private void views(JSObject message) {
        viewsOutstanding--;
        if (staleViews > 0) {
            staleViews--;
            return;
        }
        double accuracy = pictures.draw(message, !mlp);
        if (serverModel >= 0) {
            host.out("test-accuracy", Numbers.format(accuracy, 4));
            host.status(Sentence.SERVER_WEIGHTS_LOADED.format() + " "
                    + Sentence.CLASSIFIER_SERVER_MODEL.format(serverModel, accuracy, Numbers.grouped(testImages)));
        }
    }

    private void progress(JSObject message) {
        int step = (int) Messages.number(message, "step");
        double loss = Messages.number(message, "loss");
        smoothedLoss = Double.isNaN(smoothedLoss) ? loss : SMOOTHING * loss + (1 - SMOOTHING) * smoothedLoss;
        Charts.addPoint(chart, Series.STEP_LOSS.index(), step / (double) setup.batchesPerEpoch(), smoothedLoss);
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
        Charts.addPoint(chart, Series.TRAIN_LOSS.index(), epoch, Messages.number(message, "trainLoss"));
        Charts.addPoint(chart, Series.TRAIN_ACCURACY.index(), epoch, Messages.number(message, "trainAccuracy"));
        Charts.addPoint(chart, Series.TEST_ACCURACY.index(), epoch, Messages.number(message, "testAccuracy"));
        Charts.update(chart);
        epochsDone = (int) epoch;
        lastTestAccuracy = Messages.number(message, "testAccuracy");
        host.out("test-accuracy", Numbers.format(lastTestAccuracy, 4));
        // the worker's own measure of the epoch (training only) replaces the running estimate
        host.out("speed", Numbers.format(Math.round(Messages.number(message, "samplesPerSecond")), 6));
        // and is kept, epoch by epoch, for whoever measures the page (the in-page benchmark)
        String rates = host.root().getAttribute("data-epoch-rates");
        host.root().setAttribute("data-epoch-rates", (rates == null || rates.isEmpty() ? "" : rates + ",")
                + Messages.number(message, "samplesPerSecond"));
        // the views of the model this epoch's result describes, made by the worker's test evaluation
        requestViews("epoch-views");
    }

    private void enableButtons(boolean enabled) {
        for (String role : new String[] {"play", "step", "epoch", "reset"}) {
            host.enable(role, enabled);
        }
        if (enabled) {
            server.enable();
        }
    }
}

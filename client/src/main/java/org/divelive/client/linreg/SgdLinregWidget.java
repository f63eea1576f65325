package org.divelive.client.linreg;

import static org.divelive.client.widget.Words.of;

import java.util.List;

import org.divelive.client.js.Charts;
import org.divelive.client.widget.Form;
import org.divelive.client.widget.FrameLoop;
import org.divelive.client.widget.Settings;
import org.divelive.math.data.SyntheticRegression;
import org.divelive.math.lessons.linreg.LinearRegressionExperiment;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.train.Hyperparameters;
import org.divelive.math.train.TrainEvent;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * {@code sgd-linreg}: minibatch SGD on the lesson's synthetic data, one step at a time. The training is
 * shared-math's {@link LinearRegressionExperiment}; this class only wires the form, the loop and the views.
 */
public final class SgdLinregWidget {
    /** Epoch fast-forwards: as many steps per frame as the frame budget allows. */
    private static final int EPOCH_STEPS_PER_FRAME = 10_000;

    private final HTMLElement root;
    private final Settings settingsForm;
    private final Form form;
    private final FrameLoop loop;
    private final LinregView view;
    private final LinregSurfaceView surfaceView;
    private final JSObject lossChart;
    private final JSObject dataChart;

    private LinearRegressionExperiment experiment;
    private Hyperparameters settings;
    private boolean stopAtEpochEnd;
    private boolean epochEnded;

    /** The setup, in the URL hash and the lesson's data- attributes. */
    private static final List<Settings.Field> FIELDS = List.of(
            Settings.Field.number("learningRate", "data-lr", of("Learning rate η", "学习率 η"), "0.03"),
            Settings.Field.number("batchSize", "data-batch-size", of("Batch size |B|", "批量大小 |B|"), "10"),
            Settings.Field.number("epochs", "data-epochs", of("Epochs", "轮数"), "10"),
            Settings.Field.number("seed", "data-seed", of("Seed", "随机种子"), "42"),
            Settings.Field.choice("speed", "data-speed", of("Steps per frame", "每帧步数"), "1", List.of("1", "10", "100")));

    public SgdLinregWidget(HTMLElement host) {
        this.settingsForm = new Settings(host, FIELDS);
        host.setInnerHTML(LinregTemplate.html(settingsForm.html()));
        host.getClassList().add("widget");
        this.root = host;
        this.form = new Form(host);
        this.view = new LinregView(host);
        this.surfaceView = new LinregSurfaceView(element("surface"), root.querySelector("[data-out=\"surface-b\"]"));
        this.lossChart = Charts.lineChart(element("loss-chart"), of("step", "步"), of("loss (log scale)",
                "损失（对数坐标）"), true, new String[] {of("minibatch loss", "小批量损失")}, new String[] {"#1c7ed6"});
        this.dataChart = Charts.scatterWithLine(element("data-chart"), of("x₂ (second feature)", "x₂（第二个特征）"),
                of("y (label)", "y（标签）"), of("examples", "样本"), of("model ŷ at x₁ = mean", "模型 ŷ（x₁ 取均值）"));
        this.loop = new FrameLoop(this::loopStep, this::draw, () -> element("play").setTextContent(of("Play", "开始")));

        on("step", () -> {
            loop.stop();
            if (ensureExperiment()) {
                experiment.trainer().step();
                draw();
            }
        });
        on("epoch", () -> run(true, EPOCH_STEPS_PER_FRAME));
        on("play", () -> {
            if (loop.isRunning()) {
                loop.stop();
                view.status(of("Paused after step ", "已暂停，在第 ") + experiment.trainer().steps() + of(".", " 步。"));
            } else {
                run(false, speed());
            }
        });
        on("reset", () -> {
            loop.stop();
            experiment = null;
            ensureExperiment();
        });
        EventListener<?> applyChange = event -> {
            boolean wasRunning = loop.isRunning();
            loop.stop();
            boolean valid = ensureExperiment();
            if (valid) {
                // only a reader's change goes into the address: a page just opened keeps its #section
                settingsForm.writeHash(form);
            }
            if (valid && wasRunning) {
                run(false, speed());
            }
        };
        root.querySelector("[data-role=\"settings\"]").addEventListener("change", applyChange);
        ensureExperiment();
    }

    private void run(boolean untilEpochEnd, int stepsPerFrame) {
        loop.stop();
        if (!ensureExperiment()) {
            return;
        }
        stopAtEpochEnd = untilEpochEnd;
        epochEnded = false;
        loop.setStepsPerFrame(stepsPerFrame);
        if (!untilEpochEnd) {
            element("play").setTextContent(of("Pause", "暂停"));
        }
        loop.start();
    }

    private boolean loopStep() {
        boolean more = experiment.trainer().step();
        return more && !(stopAtEpochEnd && epochEnded);
    }

    /**
     * Makes the experiment match the form: validates every field (a message beside the bad one, and nothing starts),
     * and builds a fresh experiment when the settings changed or none exists.
     */
    private boolean ensureExperiment() {
        form.clearErrors();
        Hyperparameters requested;
        try {
            requested = Hyperparameters.of(form.number("learningRate"), form.number("batchSize"),
                    form.number("epochs"), 0, form.number("seed"));
            requested.requireBatchFits(SyntheticRegression.SIZE);
        } catch (InvalidHyperparameterException e) {
            form.showError(e.field(), e.getMessage());
            view.status(of("Fix the highlighted setting to train.", "请先修正标出的设置。"));
            return false;
        }
        if (experiment == null || !requested.equals(settings)) {
            settings = requested;
            experiment = new LinearRegressionExperiment(requested, this::onEvent);
            view.reset(experiment);
            Charts.clear(lossChart, 0);
            Charts.update(lossChart);
            view.plotData(dataChart, experiment);
            surfaceView.reset(experiment);
            surfaceView.render(experiment.model().bias());
        }
        return true;
    }

    private void onEvent(TrainEvent event) {
        if (event instanceof TrainEvent.StepDone step) {
            view.recordStep(step, settings.learningRate());
            float[] w = step.parameters().get(0).value();
            surfaceView.record(w[0], w[1]);
            Charts.addPoint(lossChart, 0, step.step(), step.loss());
        } else if (event instanceof TrainEvent.EpochDone epoch) {
            epochEnded = true;
            view.status(of("Epoch ", "第 ") + epoch.epoch() + of(" done: mean loss ", " 轮结束：平均损失 ")
                    + LinregView.num(epoch.trainLoss()) + of(".", "。"));
        } else if (event instanceof TrainEvent.Finished finished) {
            view.status(of("Finished " + finished.epochs() + " epochs (" + finished.steps()
                    + " steps). Press Reset to train again.", "完成 " + finished.epochs() + " 轮（" + finished.steps()
                    + " 步）。按“重置”可以重新训练。"));
        } else if (event instanceof TrainEvent.Diverged diverged) {
            view.status(of("The loss became ", "损失在第 " + diverged.step() + " 步变成了 ")
                    + LinregView.num(diverged.loss()) + of(" at step " + diverged.step()
                    + ": training stopped. Lower the learning rate and press Reset.", "，训练已停止。请调低学习率后按“重置”。"));
        } else if (event instanceof TrainEvent.Started started) {
            view.status(of("Training on " + started.examples() + " examples, " + started.batchesPerEpoch()
                    + " minibatches per epoch.", "在 " + started.examples() + " 个样本上训练，每轮 "
                    + started.batchesPerEpoch() + " 个小批量。"));
        }
    }

    /** Once per frame at most: the readouts, the new loss points, the model's line and the path on the surface. */
    private void draw() {
        view.render();
        view.plotModel(dataChart, experiment);
        surfaceView.render(experiment.model().bias());
        Charts.update(lossChart);
        Charts.update(dataChart);
    }

    private int speed() {
        return (int) form.number("speed");
    }

    private HTMLElement element(String role) {
        return root.querySelector("[data-role=\"" + role + "\"]");
    }

    private void on(String role, Runnable action) {
        element(role).addEventListener("click", event -> action.run());
    }
}

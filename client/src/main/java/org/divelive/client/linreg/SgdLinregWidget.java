package org.divelive.client.linreg;

import static org.divelive.client.widget.Words.of;

import java.util.List;

import org.divelive.client.js.Charts;
import org.divelive.client.widget.FrameLoop;
import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.Settings;
import org.divelive.client.widget.TrainingFields;
import org.divelive.client.widget.TrainingReactions;
import org.divelive.client.widget.WidgetHost;
import org.divelive.client.widget.Words;
import org.divelive.math.data.SyntheticRegression;
import org.divelive.math.lessons.linreg.LinearRegressionExperiment;
import org.divelive.math.setting.Setting;
import org.divelive.math.setting.TrainedModel;
import org.divelive.math.train.Hyperparameters;
import org.divelive.math.train.TrainEvent;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * {@code sgd-linreg}: minibatch SGD on the lesson's synthetic data, one step at a time. The training is
 * shared-math's {@link LinearRegressionExperiment}; this class only wires the form, the loop and the views.
 */
public final class SgdLinregWidget implements TrainingReactions {
    /** Epoch fast-forwards: as many steps per frame as the frame budget allows. */
    private static final int EPOCH_STEPS_PER_FRAME = 10_000;

    /** The setup, in the URL hash and the lesson's data- attributes. */
    private static final List<Settings.Field> FIELDS = List.of(
            TrainingFields.field(Setting.LEARNING_RATE, TrainedModel.LINREG),
            Settings.Field.number("batchSize", "data-batch-size", of("Batch size |B|", "批量大小 |B|"), "10"),
            TrainingFields.field(Setting.EPOCHS, "10"),
            TrainingFields.field(Setting.SEED, TrainedModel.LINREG),
            Settings.Field.choice("speed", "data-speed", of("Steps per frame", "每帧步数"), "1", List.of("1", "10", "100")));

    private final WidgetHost host;
    private final FrameLoop loop;
    private final LinregView view;
    private final LinregSurfaceView surfaceView;
    private final JSObject lossChart;
    private final JSObject dataChart;

    /** From scratch (lessons 1 and 2) or from the library's layers ({@code data-implementation="concise"}). */
    private final LinearRegressionExperiment.Implementation implementation;
    private LinearRegressionExperiment experiment;
    private Hyperparameters settings;
    private boolean stopAtEpochEnd;
    private boolean epochEnded;

    public SgdLinregWidget(HTMLElement root) {
        this.host = new WidgetHost(root, FIELDS, LinregTemplate::html);
        host.trainingExamples(SyntheticRegression.SIZE);
        this.implementation = "concise".equals(root.getAttribute("data-implementation"))
                ? LinearRegressionExperiment.Implementation.CONCISE : LinearRegressionExperiment.Implementation.SCRATCH;
        host.out("implementation", (implementation == LinearRegressionExperiment.Implementation.CONCISE
                ? Sentence.LINREG_CONCISE_MODEL : Sentence.LINREG_SCRATCH_MODEL).format());
        this.view = new LinregView(host);
        this.surfaceView = new LinregSurfaceView(host.element("surface"),
                root.querySelector("[data-out=\"surface-b\"]"));
        this.lossChart = Charts.lineChart(host.element("loss-chart"), of("step", "步"), of("loss (log scale)",
                "损失（对数坐标）"), true, new String[] {of("minibatch loss", "小批量损失")}, new String[] {"#1c7ed6"});
        this.dataChart = Charts.scatterWithLine(host.element("data-chart"), of("x₂ (second feature)", "x₂（第二个特征）"),
                of("y (label)", "y（标签）"), of("examples", "样本"), of("model ŷ at x₁ = mean", "模型 ŷ（x₁ 取均值）"));
        this.loop = new FrameLoop(this::loopStep, this::draw, () -> host.label("play", Words.PLAY));

        host.on("step", () -> {
            loop.stop();
            if (ensureExperiment()) {
                experiment.trainer().step();
                draw();
            }
        });
        host.on("epoch", () -> run(true, EPOCH_STEPS_PER_FRAME));
        host.on("play", () -> {
            if (loop.isRunning()) {
                loop.stop();
                host.say(Sentence.LINREG_PAUSED, experiment.trainer().steps());
            } else {
                run(false, speed());
            }
        });
        host.on("reset", () -> {
            loop.stop();
            experiment = null;
            ensureExperiment();
        });
        host.onSettingsChange(() -> {
            boolean wasRunning = loop.isRunning();
            loop.stop();
            boolean valid = ensureExperiment();
            if (valid && wasRunning) {
                run(false, speed());
            }
        });
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
            host.label("play", Words.PAUSE);
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
        Hyperparameters requested = host.tryOrShowError(() -> {
            Hyperparameters read = Hyperparameters.of(host.number("learningRate"),
                    host.number("batchSize"), host.number("epochs"), 0, host.number("seed"));
            read.requireBatchFits(SyntheticRegression.SIZE);
            return read;
        }, Sentence.FIX_SETTING_TO_TRAIN);
        if (requested == null) {
            return false;
        }
        if (experiment == null || !requested.equals(settings)) {
            settings = requested;
            experiment = LinearRegressionExperiment.of(requested, implementation, host.follow(this));
            view.reset(experiment);
            Charts.clear(lossChart, 0);
            Charts.update(lossChart);
            view.plotData(dataChart, experiment);
            surfaceView.reset(experiment);
            surfaceView.render(experiment.bias());
        }
        return true;
    }

    @Override
    public void started(TrainEvent.Started started) {
        host.say(Sentence.LINREG_TRAINING_ON, started.examples(), started.batchesPerEpoch());
    }

    @Override
    public void stepDone(TrainEvent.StepDone step) {
        view.recordStep(step, settings.learningRate());
        float[] w = step.parameters().get(0).value();
        surfaceView.record(w[0], w[1]);
        Charts.addPoint(lossChart, 0, step.step(), step.loss());
    }

    @Override
    public void epochDone(TrainEvent.EpochDone epoch) {
        epochEnded = true;
        host.say(Sentence.LINREG_EPOCH_DONE, epoch.epoch(), epoch.trainLoss());
    }

    @Override
    public void finished(TrainEvent.Finished finished) {
        host.say(Sentence.LINREG_FINISHED, finished.epochs(), finished.steps());
    }

    /** Once per frame at most: the readouts, the new loss points, the model's line and the path on the surface. */
    private void draw() {
        view.render();
        view.plotModel(dataChart, experiment);
        surfaceView.render(experiment.bias());
        Charts.update(lossChart);
        Charts.update(dataChart);
    }

    private int speed() {
        return (int) host.number("speed");
    }
}

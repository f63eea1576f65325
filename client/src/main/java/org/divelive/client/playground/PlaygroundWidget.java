package org.divelive.client.playground;

import static org.divelive.client.widget.Words.of;

import java.util.List;

import org.divelive.client.widget.FrameLoop;
import org.divelive.client.widget.PlayPause;
import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.Settings;
import org.divelive.client.widget.TrainingFields;
import org.divelive.client.widget.TrainingReactions;
import org.divelive.client.widget.WidgetHost;
import org.divelive.math.lessons.playground.PlaneData;
import org.divelive.math.lessons.playground.PlaygroundExperiment;
import org.divelive.math.setting.Setting;
import org.divelive.math.train.TrainEvent;
import org.divelive.math.train.Trainer;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * {@code playground-2d}: a small classifier learning a two-class data set in the plane, live. Shared-math's
 * {@link PlaygroundExperiment} makes the points, builds the network (none hidden: the perceptron) and trains it with
 * softmax cross-entropy; the page only draws what it computes. Any change of setting starts over.
 */
public final class PlaygroundWidget implements TrainingReactions {
    /** Steps between two frames at most: an epoch of the default 200 training points in batches of 10. */
    private static final int STEPS_PER_FRAME = 20;

    private static final List<Settings.Field> FIELDS = List.of(
            Settings.Field.choice("dataset", "data-dataset", of("Data", "数据"), "xor", PlaneData.words(),
                    List.of(of("XOR", "异或"), of("Circle", "圆环"), of("Two spirals", "双螺旋"),
                            of("Gaussian blobs", "高斯团"))),
            Settings.Field.slider("noise", "data-noise", of("Noise", "噪声"), "0.05",
                    new Settings.Slider("0", String.valueOf(PlaneData.MAX_NOISE), "0.05")),
            Settings.Field.slider("trainPercent", "data-train-percent", of("Training points (%)", "训练点（%）"), "50",
                    new Settings.Slider("10", "90", "10")),
            Settings.Field.choice("network", "data-network", of("Network", "网络"), "mlp",
                    List.of("mlp", "perceptron"), List.of(of("MLP (hidden layers)", "多层感知机（有隐藏层）"),
                            of("Perceptron (no hidden layer)", "感知机（无隐藏层）"))),
            TrainingFields.field(Setting.HIDDEN, "4"),
            TrainingFields.field(Setting.ACTIVATION, "tanh"),
            TrainingFields.field(Setting.INIT, "xavier"),
            TrainingFields.field(Setting.LEARNING_RATE, "0.1"),
            TrainingFields.field(Setting.BATCH_SIZE, "10"),
            TrainingFields.field(Setting.WEIGHT_DECAY, "0"),
            TrainingFields.field(Setting.EPOCHS, "200"),
            TrainingFields.field(Setting.SEED, "1"));

    private final WidgetHost host;
    private final PlaygroundView view;
    private final FrameLoop loop;
    private final PlayPause playPause;
    private PlaygroundExperiment experiment;

    public PlaygroundWidget(HTMLElement root) {
        this.host = new WidgetHost(root, FIELDS, PlaygroundTemplate::html);
        this.view = new PlaygroundView(host);
        this.playPause = PlayPause.over(host, STEPS_PER_FRAME, () -> experiment == null ? null : experiment.trainer(),
                () -> view.render(experiment), this::restart, Sentence.PLAYGROUND_PAUSED, Sentence.PLAYGROUND_TRAINING);
        this.loop = playPause.loop();
        host.on("epoch", this::oneEpoch);
        host.on("reset", this::restart);
        host.onSettingsInput(host.form()::showSliderValues);
        host.onSettingsChange(this::restart);
        host.form().showSliderValues();
        restart();
    }

    private void oneEpoch() {
        loop.stop();
        if (experiment == null || experiment.trainer().status() != Trainer.Status.RUNNING) {
            restart();
        }
        if (experiment != null) {
            experiment.trainer().epoch();
            view.render(experiment);
            if (experiment.trainer().status() == Trainer.Status.RUNNING) {
                host.say(Sentence.PLAYGROUND_PAUSED, experiment.trainer().currentEpoch());
            }
        }
    }

    /** Stops, validates the form (a message beside a bad field, and nothing to train) and builds a fresh experiment. */
    private void restart() {
        loop.stop();
        experiment = host.tryOrShowError(() -> PlaygroundExperiment.of(new PlaygroundExperiment.Choices(
                host.value("dataset"), host.number("noise"), host.number("trainPercent"),
                "perceptron".equals(host.value("network")), host.value("hidden"), host.value("activation"),
                host.value("init"), host.number("learningRate"), host.number("batchSize"), host.number("epochs"),
                host.number("weightDecay"), host.number("seed")), host.follow(this)),
                Sentence.FIX_SETTING_TO_TRAIN);
        if (experiment == null) {
            return;
        }
        host.writeHash();
        view.reset(experiment);
        host.say(experiment.isPerceptron() ? Sentence.PLAYGROUND_READY_PERCEPTRON : Sentence.PLAYGROUND_READY,
                experiment.data().train().size(), experiment.data().test().size());
    }

    @Override
    public void epochDone(TrainEvent.EpochDone epoch) {
        view.recordEpoch(epoch);
    }

    @Override
    public void finished(TrainEvent.Finished finished) {
        host.say(Sentence.PLAYGROUND_FINISHED, finished.epochs());
    }
}

package org.divelive.client.weightdecay;

import static org.divelive.client.widget.Words.of;

import java.util.List;

import org.divelive.client.widget.FrameLoop;
import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.Settings;
import org.divelive.client.widget.TrainingFields;
import org.divelive.client.widget.TrainingReactions;
import org.divelive.client.widget.WidgetHost;
import org.divelive.math.lessons.generalization.WeightDecayExperiment;
import org.divelive.math.setting.Setting;
import org.divelive.math.train.TrainEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * {@code weight-decay}: the book's d = 200, n = 20 experiment, one run per press of Run with the λ in the form,
 * every run overlaid on the earlier ones. Training is shared-math's {@link WeightDecayExperiment}; the same data and
 * initial weights for every λ, so the runs differ by λ alone.
 */
public final class WeightDecayWidget implements TrainingReactions {
    private static final int STEPS_PER_FRAME = 100_000;

    private static final List<Settings.Field> FIELDS = List.of(
            Settings.Field.number("weightDecay", "data-lambda", of("Weight decay λ", "权重衰减 λ"), "3"),
            TrainingFields.field(Setting.EPOCHS, "100"));

    private final WidgetHost host;
    private final WeightDecayView view;
    private final FrameLoop loop;
    private WeightDecayExperiment experiment;
    private double lambda;
    private TrainEvent.EpochDone last;

    public WeightDecayWidget(HTMLElement root) {
        this.host = new WidgetHost(root, FIELDS, WeightDecayTemplate::html);
        this.view = new WeightDecayView(host);
        this.loop = new FrameLoop(() -> experiment.trainer().step(), view::render, () -> host.enable("run", true));
        loop.setStepsPerFrame(STEPS_PER_FRAME);
        host.on("run", this::run);
        host.on("clear", () -> {
            loop.stop();
            view.clear();
            host.say(Sentence.DECAY_CLEARED);
        });
        host.onSettingsChange(() -> {
            if (valid() != null) {
                host.writeHash();
            }
        });
        host.say(Sentence.DECAY_CHOOSE);
    }

    /** A fresh run with the form's λ, or null (and a message beside the bad field) when a setting is invalid. */
    private WeightDecayExperiment valid() {
        return host.tryOrShowError(() -> new WeightDecayExperiment(host.number("weightDecay"), host.number("epochs"),
                host.follow(this)), Sentence.DECAY_FIX_SETTING);
    }

    private void run() {
        loop.stop();
        WeightDecayExperiment next = valid();
        if (next == null) {
            return;
        }
        host.writeHash();
        experiment = next;
        lambda = experiment.trainer().hyperparameters().weightDecay();
        last = null;
        view.startRun(lambda, experiment.weightNorm());
        host.say(Sentence.DECAY_TRAINING, lambda);
        host.enable("run", false);
        loop.start();
    }

    @Override
    public void epochDone(TrainEvent.EpochDone epoch) {
        last = epoch;
        view.recordEpoch(epoch.epoch(), epoch.trainLoss(), epoch.testLoss(), experiment.weightNorm());
    }

    @Override
    public void finished(TrainEvent.Finished finished) {
        view.finishRun(lambda, last.trainLoss(), last.testLoss(), experiment.weightNorm());
        host.say(Sentence.DECAY_DONE, lambda);
    }

    @Override
    public void diverged(TrainEvent.Diverged diverged) {
        host.say(Sentence.DECAY_DIVERGED, lambda, diverged.step(), diverged.loss());
    }
}

package org.divelive.client.polyfit;

import static org.divelive.client.widget.Words.of;

import java.util.List;

import org.divelive.client.widget.FrameLoop;
import org.divelive.client.widget.PlayPause;
import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.Settings;
import org.divelive.client.widget.TrainingFields;
import org.divelive.client.widget.TrainingReactions;
import org.divelive.client.widget.WidgetHost;
import org.divelive.math.lessons.generalization.PolynomialFitExperiment;
import org.divelive.math.setting.Setting;
import org.divelive.math.train.TrainEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * {@code poly-fit}: underfitting and overfitting seen live. A polynomial of the chosen degree is fitted to the first
 * examples of the cubic's data by shared-math's {@link PolynomialFitExperiment}; the page shows the train and test
 * losses per epoch and the fitted curve over the data. Any change of setting starts over.
 */
public final class PolyFitWidget implements TrainingReactions {
    /** These models are tiny: as many steps per frame as the frame budget allows. */
    private static final int STEPS_PER_FRAME = 100_000;

    private static final List<Settings.Field> FIELDS = List.of(
            Settings.Field.number("degree", "data-degree", of("Degree (1–20)", "次数（1–20）"), "3"),
            Settings.Field.number("trainSize", "data-train-size", of("Training examples (1–100)", "训练样本数（1–100）"),
                    "100"),
            TrainingFields.field(Setting.EPOCHS, "400"),
            TrainingFields.field(Setting.LEARNING_RATE, "0.02"));

    private final WidgetHost host;
    private final PolyFitView view;
    private final FrameLoop loop;
    private final PlayPause playPause;
    private PolynomialFitExperiment experiment;

    public PolyFitWidget(HTMLElement root) {
        this.host = new WidgetHost(root, FIELDS, PolyFitTemplate::html);
        this.view = new PolyFitView(host);
        this.playPause = PlayPause.over(host, STEPS_PER_FRAME, () -> experiment == null ? null : experiment.trainer(),
                () -> view.render(experiment), this::restart, Sentence.POLY_PAUSED, Sentence.POLY_TRAINING);
        this.loop = playPause.loop();
        host.on("reset", this::restart);
        host.onSettingsChange(this::restart);
        restart();
    }

    /** Stops, validates the form (a message beside a bad field, and nothing to train) and builds a fresh experiment. */
    private void restart() {
        loop.stop();
        experiment = host.tryOrShowError(() -> PolynomialFitExperiment.of(host.number("degree"),
                host.number("trainSize"), host.number("epochs"), host.number("learningRate"), host.follow(this)),
                Sentence.FIX_SETTING_TO_TRAIN);
        if (experiment == null) {
            return;
        }
        host.writeHash();
        view.reset(experiment);
        host.say(Sentence.POLY_READY, experiment.degree(), experiment.data().train().size());
    }

    @Override
    public void epochDone(TrainEvent.EpochDone epoch) {
        view.recordEpoch(epoch);
    }

    @Override
    public void finished(TrainEvent.Finished finished) {
        host.say(Sentence.POLY_FINISHED, finished.epochs());
    }
}

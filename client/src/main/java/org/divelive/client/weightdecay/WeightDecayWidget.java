package org.divelive.client.weightdecay;

import static org.divelive.client.widget.Words.of;

import java.util.List;

import org.divelive.client.widget.Form;
import org.divelive.client.widget.FrameLoop;
import org.divelive.client.widget.Settings;
import org.divelive.math.lessons.generalization.WeightDecayExperiment;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.train.TrainEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * {@code weight-decay}: the book's d = 200, n = 20 experiment, one run per press of Run with the λ in the form,
 * every run overlaid on the earlier ones. Training is shared-math's {@link WeightDecayExperiment}; the same data and
 * initial weights for every λ, so the runs differ by λ alone.
 */
public final class WeightDecayWidget {
    private static final int STEPS_PER_FRAME = 100_000;

    private static final List<Settings.Field> FIELDS = List.of(
            Settings.Field.number("weightDecay", "data-lambda", of("Weight decay λ", "权重衰减 λ"), "3"),
            Settings.Field.number("epochs", "data-epochs", of("Epochs", "轮数"), "100"));

    private final HTMLElement root;
    private final Settings settings;
    private final Form form;
    private final WeightDecayView view;
    private final FrameLoop loop;
    private WeightDecayExperiment experiment;
    private double lambda;
    private TrainEvent.EpochDone last;

    public WeightDecayWidget(HTMLElement host) {
        this.root = host;
        this.settings = new Settings(host, FIELDS);
        host.setInnerHTML(WeightDecayTemplate.html(settings.html()));
        host.getClassList().add("widget");
        this.form = new Form(host);
        this.view = new WeightDecayView(host, element("loss-chart"), element("norm-chart"));
        this.loop = new FrameLoop(() -> experiment.trainer().step(), view::render,
                () -> element("run").removeAttribute("disabled"));
        loop.setStepsPerFrame(STEPS_PER_FRAME);
        on("run", this::run);
        on("clear", () -> {
            loop.stop();
            view.clear();
            view.status(of("Cleared. Choose λ and press Run.", "已清除。请选择 λ 并按“运行”。"));
        });
        element("settings").addEventListener("change", event -> {
            if (valid() != null) {
                settings.writeHash(form);
            }
        });
        view.status(of("Choose λ and press Run; each run is drawn over the earlier ones.",
                "请选择 λ 并按“运行”；每次运行都叠加在之前的运行上。"));
    }

    /** A fresh run with the form's λ, or null (and a message beside the bad field) when a setting is invalid. */
    private WeightDecayExperiment valid() {
        form.clearErrors();
        try {
            return new WeightDecayExperiment(form.number("weightDecay"), form.number("epochs"), this::onEvent);
        } catch (InvalidHyperparameterException e) {
            form.showError(e.field(), e.getMessage());
            view.status(of("Fix the highlighted setting to run.", "请修改标出的设置后再运行。"));
            return null;
        }
    }

    private void run() {
        loop.stop();
        WeightDecayExperiment next = valid();
        if (next == null) {
            return;
        }
        settings.writeHash(form);
        experiment = next;
        lambda = experiment.trainer().hyperparameters().weightDecay();
        last = null;
        view.startRun(lambda, experiment.weightNorm());
        view.status(of("Training with λ = ", "训练中，λ = ") + WeightDecayView.num(lambda) + of("…", "……"));
        element("run").setAttribute("disabled", "");
        loop.start();
    }

    private void onEvent(TrainEvent event) {
        if (event instanceof TrainEvent.EpochDone epoch) {
            last = epoch;
            view.recordEpoch(epoch.epoch(), epoch.trainLoss(), epoch.testLoss(), experiment.weightNorm());
        } else if (event instanceof TrainEvent.Finished) {
            view.finishRun(lambda, last.trainLoss(), last.testLoss(), experiment.weightNorm());
            view.status(of("Done: λ = ", "完成：λ = ") + WeightDecayView.num(lambda)
                    + of(". Try another λ and press Run.", "。可换一个 λ 再按“运行”。"));
        } else if (event instanceof TrainEvent.Diverged diverged) {
            String loss = WeightDecayView.num(diverged.loss());
            view.status(of("With λ = " + WeightDecayView.num(lambda) + " the loss became " + loss + " at step "
                    + diverged.step() + ": ηλ is too large, every step overshoots. Choose a smaller λ.",
                    "λ = " + WeightDecayView.num(lambda) + " 时损失在第 " + diverged.step() + " 步变为 " + loss
                            + "：ηλ 太大，每一步都冲过头。请选择更小的 λ。"));
        }
    }

    private HTMLElement element(String role) {
        return root.querySelector("[data-role=\"" + role + "\"]");
    }

    private void on(String role, Runnable action) {
        element(role).addEventListener("click", event -> action.run());
    }
}

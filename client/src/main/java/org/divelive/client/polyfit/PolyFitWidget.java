package org.divelive.client.polyfit;

import static org.divelive.client.widget.Words.of;

import java.util.List;

import org.divelive.client.widget.Form;
import org.divelive.client.widget.FrameLoop;
import org.divelive.client.widget.Settings;
import org.divelive.math.lessons.generalization.PolynomialFitExperiment;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.train.TrainEvent;
import org.divelive.math.train.Trainer;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * {@code poly-fit}: underfitting and overfitting seen live. A polynomial of the chosen degree is fitted to the first
 * examples of the cubic's data by shared-math's {@link PolynomialFitExperiment}; the page shows the train and test
 * losses per epoch and the fitted curve over the data. Any change of setting starts over.
 */
public final class PolyFitWidget {
    /** These models are tiny: as many steps per frame as the frame budget allows. */
    private static final int STEPS_PER_FRAME = 100_000;

    private static final List<Settings.Field> FIELDS = List.of(
            Settings.Field.number("degree", "data-degree", of("Degree (1–20)", "次数（1–20）"), "3"),
            Settings.Field.number("trainSize", "data-train-size", of("Training examples (1–100)", "训练样本数（1–100）"),
                    "100"),
            Settings.Field.number("epochs", "data-epochs", of("Epochs", "轮数"), "400"),
            Settings.Field.number("learningRate", "data-lr", of("Learning rate η", "学习率 η"), "0.02"));

    private final HTMLElement root;
    private final Settings settings;
    private final Form form;
    private final PolyFitView view;
    private final FrameLoop loop;
    private PolynomialFitExperiment experiment;

    public PolyFitWidget(HTMLElement host) {
        this.root = host;
        this.settings = new Settings(host, FIELDS);
        host.setInnerHTML(PolyFitTemplate.html(settings.html()));
        host.getClassList().add("widget");
        this.form = new Form(host);
        this.view = new PolyFitView(host, element("loss-chart"), element("fit-chart"));
        this.loop = new FrameLoop(() -> experiment.trainer().step(), () -> view.render(experiment),
                () -> element("play").setTextContent(of("Play", "开始")));
        loop.setStepsPerFrame(STEPS_PER_FRAME);
        on("play", this::togglePlay);
        on("reset", this::restart);
        element("settings").addEventListener("change", event -> restart());
        restart();
    }

    private void togglePlay() {
        if (loop.isRunning()) {
            loop.stop();
            view.status(of("Paused at epoch ", "暂停于第 ") + experiment.trainer().currentEpoch()
                    + of(".", " 轮。"));
            return;
        }
        if (experiment == null || experiment.trainer().status() != Trainer.Status.RUNNING) {
            restart();
        }
        if (experiment != null) {
            element("play").setTextContent(of("Pause", "暂停"));
            view.status(of("Training…", "训练中……"));
            loop.start();
        }
    }

    /** Stops, validates the form (a message beside a bad field, and nothing to train) and builds a fresh experiment. */
    private void restart() {
        loop.stop();
        form.clearErrors();
        try {
            experiment = new PolynomialFitExperiment(form.number("degree"), form.number("trainSize"),
                    form.number("epochs"), form.number("learningRate"), this::onEvent);
        } catch (InvalidHyperparameterException e) {
            experiment = null;
            form.showError(e.field(), e.getMessage());
            view.status(of("Fix the highlighted setting to train.", "请修改标出的设置后再训练。"));
            return;
        }
        settings.writeHash(form);
        view.reset(experiment);
        view.status(of("Ready: a degree-", "就绪：用 ") + experiment.degree()
                + of(" polynomial on ", " 次多项式拟合 ") + experiment.data().train().size()
                + of(" training examples. Press Play.", " 个训练样本。请按“开始”。"));
    }

    private void onEvent(TrainEvent event) {
        if (event instanceof TrainEvent.EpochDone epoch) {
            view.recordEpoch(epoch);
        } else if (event instanceof TrainEvent.Finished finished) {
            view.status(of("Finished ", "完成 ") + finished.epochs() + of(" epochs. Change a setting or press Reset.",
                    " 轮。可修改设置或按“重置”。"));
        } else if (event instanceof TrainEvent.Diverged diverged) {
            String loss = PolyFitView.num(diverged.loss());
            view.status(of("The loss became " + loss + " at step " + diverged.step()
                    + ": training stopped. Lower the learning rate.",
                    "损失在第 " + diverged.step() + " 步变为 " + loss + "，训练已停止。请降低学习率。"));
        }
    }

    private HTMLElement element(String role) {
        return root.querySelector("[data-role=\"" + role + "\"]");
    }

    private void on(String role, Runnable action) {
        element(role).addEventListener("click", event -> action.run());
    }
}

package org.divelive.client.worker;

import java.util.LinkedHashMap;
import java.util.Map;

import org.divelive.client.js.Message;
import org.divelive.client.js.Messages;
import org.divelive.client.js.Workers;
import org.divelive.math.Rng;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.FashionMnist;
import org.divelive.math.data.FashionMnistPacket;
import org.divelive.math.io.ParameterFile;
import org.divelive.math.model.ClassificationModel;
import org.divelive.math.setting.Ceilings;
import org.divelive.math.setting.Setting;
import org.divelive.math.setting.TrainedModel;
import org.divelive.math.setup.Setup;
import org.divelive.math.setup.SetupReader;
import org.divelive.math.train.Hyperparameters;
import org.divelive.math.train.TrainEvent;
import org.divelive.math.train.TrainListener;
import org.divelive.math.train.Trainer;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Performance;

/**
 * The worker's side of in-page training: it holds the data and one model, and answers the page's commands
 * (data, configure, play, pause, step, epoch, views, epoch-views, weights). While playing it trains in slices of
 * {@link #SLICE_MS}, yielding between them so a Pause or a new setup is read within one slice, and it reports
 * progress at most every {@link #PROGRESS_MS}.
 */
final class TrainingSession implements TrainListener {
    static final double SLICE_MS = 40;
    static final double PROGRESS_MS = 100;

    private Dataset train;
    private Dataset test;
    private ClassificationModel model;
    private Trainer trainer;
    private ModelViews views;
    private boolean playing;
    private boolean stopAtEpochEnd;
    private boolean epochEnded;
    /** Bumped by every new setup, so a slice scheduled for an older one does nothing. */
    private int generation;
    private double stepLossSum;
    private int stepLossCount;
    private double lastProgress;
    private int lastStep;
    private int lastEpoch;

    void handle(JSObject message) {
        String type = Messages.text(message, "type");
        try {
            switch (type) {
                case "data" -> receiveData(message);
                case "configure" -> configure(message);
                case "play" -> start(false);
                case "epoch" -> start(true);
                case "pause" -> pause();
                case "step" -> stepOnce();
                case "views" -> Workers.reply(requireViews().now(test));
                case "epoch-views" -> Workers.reply(requireViews().atEpochEnd(test));
                case "weights" -> loadWeights(message);
                default -> throw new IllegalArgumentException("unknown command " + type);
            }
        } catch (RuntimeException e) {
            playing = false;
            reply(Message.of("error").with("message", String.valueOf(e.getMessage())));
        }
    }

    private void receiveData(JSObject message) {
        train = FashionMnistPacket.read(Messages.bytes(message, "train"));
        test = FashionMnistPacket.read(Messages.bytes(message, "test"));
        reply(Message.of("ready").with("train", train.size()).with("test", test.size()));
    }

    /** A fresh model and trainer for the setup, which the page has validated with the same classes. */
    private void configure(JSObject c) {
        if (train == null) {
            throw new IllegalStateException("the data has not arrived yet");
        }
        generation++;
        playing = false;
        Setup setup = setup(c);
        Hyperparameters hyper = setup.hyperparameters();
        int subset = Math.min(setup.trainSubset(), train.size());
        long seed = hyper.seed();
        Rng rng = new Rng(seed);
        // the concise classifier, as the server trains it, so weights move between the two
        model = setup.network().build(FashionMnist.FEATURES, FashionMnist.CLASSES, setup.initialization(), rng);
        Dataset data = subset == train.size() ? train : train.first(subset);
        trainer = new Trainer(model, data, test, hyper, rng, this, Performance::now);
        views = new ModelViews(model);
        trainer.evaluateTestWith(views::evaluate);
        stepLossSum = 0;
        stepLossCount = 0;
        lastStep = 0;
        lastEpoch = 0;
        reply(Message.of("configured"));
    }

    /** The page's setup, every setting by its name as text, read back by the same shared-math reader. */
    private static Setup setup(JSObject message) {
        TrainedModel model = TrainedModel.of(Messages.text(message, Setting.MODEL.name()));
        Map<String, String> fields = new LinkedHashMap<>();
        for (Setting setting : model.settings()) {
            fields.put(setting.name(), Messages.text(message, setting.name()));
        }
        return new SetupReader(Ceilings.LIBRARY).readText(fields);
    }

    private void start(boolean untilEpochEnd) {
        requireModel();
        stopAtEpochEnd = untilEpochEnd;
        epochEnded = false;
        if (!playing) {
            playing = true;
            int mine = generation;
            Workers.later(() -> slice(mine));
        }
    }

    private void pause() {
        playing = false;
        reportProgress();
        reply(Message.of("paused").with("step", lastStep));
    }

    private void stepOnce() {
        requireModel();
        playing = false;
        trainer.step();
        reportProgress();
    }

    /** Trains for one slice of time, reports, and schedules the next slice unless paused or done. */
    private void slice(int mine) {
        if (!playing || mine != generation) {
            return;
        }
        double deadline = Performance.now() + SLICE_MS;
        while (playing && Performance.now() < deadline) {
            if (!trainer.step() || stopAtEpochEnd && epochEnded) {
                playing = false;
            }
        }
        if (Performance.now() - lastProgress >= PROGRESS_MS || !playing) {
            reportProgress();
        }
        if (playing) {
            Workers.later(() -> slice(mine));
        } else {
            reply(Message.of("stopped").with("status", trainer.status().name().toLowerCase()));
        }
    }

    @Override
    public void on(TrainEvent event) {
        if (event instanceof TrainEvent.StepDone step) {
            stepLossSum += step.loss();
            stepLossCount++;
            lastStep = step.step();
            lastEpoch = step.epoch();
        } else if (event instanceof TrainEvent.EpochDone epoch) {
            epochEnded = true;
            reportProgress();
            reply(Message.of("epoch").with("epoch", epoch.epoch()).with("trainLoss", epoch.trainLoss())
                    .with("trainAccuracy", epoch.trainAccuracy()).with("testLoss", epoch.testLoss())
                    .with("testAccuracy", epoch.testAccuracy()).with("samplesPerSecond", epoch.samplesPerSecond()));
        } else if (event instanceof TrainEvent.Started started) {
            reply(Message.of("started").with("examples", started.examples())
                    .with("batchesPerEpoch", started.batchesPerEpoch()).with("epochs", started.epochs()));
        } else if (event instanceof TrainEvent.Diverged diverged) {
            reply(Message.of("diverged").with("step", diverged.step()).with("loss", diverged.loss()));
        } else if (event instanceof TrainEvent.Finished finished) {
            reply(Message.of("finished").with("steps", finished.steps()));
        }
    }

    /** The mean loss of the steps since the last report, with where training is. */
    private void reportProgress() {
        lastProgress = Performance.now();
        if (stepLossCount == 0) {
            return;
        }
        reply(Message.of("progress").with("step", lastStep).with("epoch", lastEpoch)
                .with("loss", stepLossSum / stepLossCount));
        stepLossSum = 0;
        stepLossCount = 0;
    }

    private static void reply(Message message) {
        Workers.reply(message.object());
    }

    private void loadWeights(JSObject message) {
        ParameterFile.load(Messages.bytes(message, "file"), requireModel().parameters());
        views.forgetEpochEnd();
        reply(Message.of("loaded"));
    }

    private ModelViews requireViews() {
        requireModel();
        return views;
    }

    private ClassificationModel requireModel() {
        if (model == null) {
            throw new IllegalStateException("no model yet: configure first");
        }
        return model;
    }
}

package org.divelive.client.widget;

import java.util.function.Supplier;

import org.divelive.math.train.Trainer;

/**
 * The Play/Pause button of a widget that trains one experiment in the page in animation frames: Pause stops the loop
 * and says after which epoch; Play starts over first when the last run has ended (or there is none yet), then runs
 * the loop with the button reading Pause.
 *
 * @param trainer the current experiment's trainer, or null while the settings are bad
 * @param restart builds a fresh experiment from the form
 * @param paused  said with the epoch reached, e.g. "Paused after epoch {0}."
 */
public record PlayPause(WidgetHost host, FrameLoop loop, Supplier<Trainer> trainer, Runnable restart,
        Sentence paused, Sentence training) {
    /**
     * The button wired to {@code play} over a fresh loop that steps the trainer up to {@code stepsPerFrame} times a
     * frame and calls {@code render} after each frame; the button reads Play again when the loop stops.
     */
    public static PlayPause over(WidgetHost host, int stepsPerFrame, Supplier<Trainer> trainer, Runnable render,
            Runnable restart, Sentence paused, Sentence training) {
        FrameLoop loop = new FrameLoop(() -> trainer.get().step(), render, () -> host.label("play", Words.PLAY));
        loop.setStepsPerFrame(stepsPerFrame);
        PlayPause playPause = new PlayPause(host, loop, trainer, restart, paused, training);
        host.on("play", playPause::toggle);
        return playPause;
    }

    public void toggle() {
        if (loop.isRunning()) {
            loop.stop();
            host.say(paused, trainer.get().currentEpoch());
            return;
        }
        if (trainer.get() == null || trainer.get().status() != Trainer.Status.RUNNING) {
            restart.run();
        }
        if (trainer.get() != null) {
            host.label("play", Words.PAUSE);
            host.say(training);
            loop.start();
        }
    }
}

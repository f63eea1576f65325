package org.divelive.client.widget;

import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;

/**
 * Runs work in animation frames without ever freezing the page: each frame does at most {@code stepsPerFrame} units
 * of work and stops early when the frame's time budget is spent, then lets the widget redraw once.
 */
public final class FrameLoop {
    /** Work per frame stays under this many milliseconds, leaving the rest of a 16.7 ms frame to the browser. */
    public static final double FRAME_BUDGET_MS = 8;

    /** One unit of work; returns false when there is nothing more to do. */
    public interface Work {
        boolean step();
    }

    private final Work work;
    private final Runnable afterFrame;
    private final Runnable onStop;
    private int stepsPerFrame = 1;
    private boolean running;
    private int frameRequest;

    public FrameLoop(Work work, Runnable afterFrame, Runnable onStop) {
        this.work = work;
        this.afterFrame = afterFrame;
        this.onStop = onStop;
    }

    public void setStepsPerFrame(int stepsPerFrame) {
        this.stepsPerFrame = Math.max(1, stepsPerFrame);
    }

    public boolean isRunning() {
        return running;
    }

    public void start() {
        if (!running) {
            running = true;
            frameRequest = Window.requestAnimationFrame(timestamp -> frame());
        }
    }

    /** Stops before the next frame; a frame already under way finishes its (bounded) work first. */
    public void stop() {
        if (running) {
            running = false;
            Window.cancelAnimationFrame(frameRequest);
            onStop.run();
        }
    }

    private void frame() {
        if (!running) {
            return;
        }
        double deadline = Performance.now() + FRAME_BUDGET_MS;
        boolean more = true;
        for (int i = 0; i < stepsPerFrame && more; i++) {
            more = work.step();
            if (Performance.now() > deadline) {
                break;
            }
        }
        afterFrame.run();
        if (more && running) {
            frameRequest = Window.requestAnimationFrame(timestamp -> frame());
        } else {
            stop();
        }
    }
}

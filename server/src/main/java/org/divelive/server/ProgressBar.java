package org.divelive.server;

import java.util.Locale;

/** One line of text showing how far a run is, redrawn in place on a terminal with a carriage return. */
final class ProgressBar {
    static final int WIDTH = 30;

    private ProgressBar() {
    }

    /** e.g. {@code [#########.....................]  31% step 730/2350 epoch 4/10 loss 0.4123}. */
    static String render(int step, int totalSteps, int epoch, int epochs, double loss) {
        double fraction = Math.min(1, (double) step / totalSteps);
        int filled = (int) Math.floor(fraction * WIDTH);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3d%% step %d/%d epoch %d/%d loss %.4f", (int) Math.floor(fraction * 100),
                step, totalSteps, epoch, epochs, loss);
    }
}

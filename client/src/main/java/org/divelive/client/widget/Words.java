package org.divelive.client.widget;

/**
 * A label in the page's language: a button's text, a caption, a column heading. A sentence with figures in it is a
 * {@link Sentence} instead, so no translation is stitched from fragments.
 */
public final class Words {
    // the labels of controls several widgets have, so each reads the same everywhere
    public static final String PLAY = of("Play", "开始");
    public static final String PAUSE = of("Pause", "暂停");
    public static final String RESET = of("Reset", "重置");
    /** The button that trains one minibatch. */
    public static final String ONE_STEP = of("Step", "单步");
    /** The button that trains to the end of the epoch. */
    public static final String ONE_EPOCH = of("Epoch", "一轮");
    /** The readouts of where training is. */
    public static final String STEP = of("Step", "步");
    public static final String EPOCH = of("Epoch", "轮");
    /** The x axis of curves over training time. */
    public static final String EPOCH_AXIS = of("epoch", "轮");

    private Words() {
    }

    public static String of(String english, String chinese) {
        return Language.page().pick(english, chinese);
    }
}

package org.divelive.math.setting;

/**
 * Which rule a rejected value broke, so each place that shows a rejection can say it in its own words: the API and
 * the command line use the exception's message, the page a learner's sentence per rule in the page's language. The
 * bounds travel with the exception ({@link InvalidHyperparameterException#low()}, {@link
 * InvalidHyperparameterException#high()}).
 */
public enum Rule {
    /** Not readable as a number. */
    NOT_A_NUMBER,
    /** A number above {@code low} (a range open above, such as the learning rate's). */
    ABOVE,
    /** A number of at least {@code low}. */
    AT_LEAST,
    /** A number from {@code low} to {@code high}. */
    BETWEEN,
    /** A whole number from {@code low} to {@code high}. */
    WHOLE_BETWEEN,
    /** A whole number, with bounds too wide to be worth naming (the seed's 2⁵³). */
    WHOLE,
    /** At most {@code high} on this host (its ceiling). */
    AT_MOST,
    /** Layer sizes of at most {@code high} units each on this host (its ceiling). */
    AT_MOST_UNITS,
    /** At most {@code high}, the number of training examples (a minibatch is drawn from them). */
    AT_MOST_EXAMPLES,
    /** Layer sizes, whole numbers separated by commas. */
    LAYER_SIZES,
    /** At most {@code high} layers. */
    LAYER_COUNT,
    /** One of the setting's choices. */
    CHOICE,
    /** Weights of which at least one must be above 0 (a distribution's), the field being the first of them. */
    SOME_ABOVE_ZERO,
    /** Anything else, only in requests the page never makes (an unknown field): only the message says it. */
    OTHER
}

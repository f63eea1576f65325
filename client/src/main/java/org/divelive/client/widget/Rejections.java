package org.divelive.client.widget;

import org.divelive.client.js.Numbers;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.setting.Rule;
import org.divelive.math.setting.Violation;

/**
 * A rejected value said to a learner: the sentence of the rule it broke ({@link Rule}, declared with the setting in
 * shared-math), with the field's own label and the rule's bounds, in the page's language. A rejection no rule
 * describes keeps its message.
 */
final class Rejections {
    private Rejections() {
    }

    /**
     * @param label    the field's label as the form shows it
     * @param typed    what the field holds
     * @param examples the training examples a minibatch is drawn from, 0 when the widget has none
     */
    static String sentence(InvalidHyperparameterException rejection, String label, String typed, int examples) {
        Violation violation = rejection.violation();
        Rule rule = violation.rule();
        String low = bound(violation.low());
        String high = bound(violation.high());
        if (isRange(rule) && Double.isNaN(Numbers.parse(typed))) {
            // an empty or unreadable field breaks the range only because it is no number at all
            rule = Rule.NOT_A_NUMBER;
        }
        if (rule == Rule.NOT_A_NUMBER && (typed.indexOf(',') >= 0 || typed.indexOf('\uff0c') >= 0)) {
            // commas the number rule does not read (Setting#parse): say the rule rather than "type a number"
            return Sentence.REJECT_COMMAS.format(label);
        }
        if ("batchSize".equals(rejection.field()) && examples > 0 && rule != Rule.NOT_A_NUMBER) {
            // the widget's own data bounds a minibatch long before the 60,000 a setting allows anywhere
            double most = Double.isNaN(violation.high()) ? examples : Math.min(examples, violation.high());
            return Sentence.REJECT_AT_MOST_EXAMPLES.format(label, low, bound(most));
        }
        return switch (rule) {
            case NOT_A_NUMBER -> Sentence.REJECT_NOT_A_NUMBER.format(label, low, high);
            case ABOVE -> Sentence.REJECT_ABOVE.format(label, low, high);
            case AT_LEAST -> Sentence.REJECT_AT_LEAST.format(label, low);
            case BETWEEN -> Sentence.REJECT_BETWEEN.format(label, low, high);
            case WHOLE_BETWEEN -> Sentence.REJECT_WHOLE_BETWEEN.format(label, low, high);
            case WHOLE -> Sentence.REJECT_WHOLE.format(label, low, high);
            case AT_MOST -> Sentence.REJECT_AT_MOST.format(label, high);
            case AT_MOST_UNITS -> Sentence.REJECT_AT_MOST_UNITS.format(label, high);
            case AT_MOST_EXAMPLES -> Sentence.REJECT_AT_MOST_EXAMPLES.format(label, low, high);
            case LAYER_SIZES -> Sentence.REJECT_LAYER_SIZES.format(label, low, high);
            case LAYER_COUNT -> Sentence.REJECT_LAYER_COUNT.format(label, high);
            case CHOICE -> Sentence.REJECT_CHOICE.format(label, low, high);
            case SOME_ABOVE_ZERO -> Sentence.REJECT_SOME_ABOVE_ZERO.format();
            case OTHER -> rejection.getMessage();
        };
    }

    private static boolean isRange(Rule rule) {
        return rule == Rule.ABOVE || rule == Rule.AT_LEAST || rule == Rule.BETWEEN || rule == Rule.WHOLE_BETWEEN || rule == Rule.WHOLE;
    }

    private static String bound(double value) {
        return Numbers.format(value, 6);
    }
}

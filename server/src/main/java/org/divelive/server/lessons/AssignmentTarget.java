package org.divelive.server.lessons;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.divelive.math.setting.Setting;

/**
 * What an assignment asks of the verified run's last epoch: a metric, a comparison and a threshold, written in the
 * lesson as {@code testAccuracy >= 0.82}.
 */
public record AssignmentTarget(String metric, String comparison, double threshold) {
    /** The figures a verification run measures per epoch, by the names the run API gives them. */
    public static final List<String> METRICS = List.of("testAccuracy", "trainAccuracy", "testLoss", "trainLoss");
    private static final List<String> COMPARISONS = List.of(">=", ">", "<=", "<");
    private static final Pattern FORM = Pattern.compile("(\\w+)\\s*(>=|<=|>|<)\\s*(\\S+)");

    /** Reads {@code metric comparison threshold}; an IllegalArgumentException says what is wrong. */
    static AssignmentTarget parse(String text) {
        Matcher form = FORM.matcher(text.trim());
        if (!form.matches()) {
            throw new IllegalArgumentException("a target is 'METRIC COMPARISON NUMBER', e.g. 'testAccuracy >= 0.82', "
                    + "was '" + text.trim() + "'");
        }
        if (!METRICS.contains(form.group(1))) {
            throw new IllegalArgumentException("unknown target metric " + form.group(1) + "; one of "
                    + String.join(", ", METRICS));
        }
        double threshold;
        try {
            threshold = Double.parseDouble(form.group(3));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the target's threshold must be a number, was " + form.group(3));
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("the target's threshold must be finite, was " + form.group(3));
        }
        return new AssignmentTarget(form.group(1), form.group(2), threshold);
    }

    /** Whether a measured value meets the target; NaN (not measured) never does. */
    public boolean met(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        return switch (comparison) {
            case ">=" -> value >= threshold;
            case ">" -> value > threshold;
            case "<=" -> value <= threshold;
            case "<" -> value < threshold;
            default -> throw new IllegalStateException("comparison " + comparison + " is not one of " + COMPARISONS);
        };
    }

    /** Better for this target: higher for "at least" targets, lower for "at most". */
    public boolean better(double value, double than) {
        return comparison.startsWith(">") ? value > than : value < than;
    }

    /** As the lesson wrote it, e.g. {@code testAccuracy >= 0.82}. */
    @Override
    public String toString() {
        return metric + " " + comparison + " " + Setting.show(threshold).toLowerCase(Locale.ROOT);
    }

    /** This target's metric among a run's last-epoch figures. */
    public double measured(double trainLoss, double trainAccuracy, double testLoss, double testAccuracy) {
        return switch (metric) {
            case "testAccuracy" -> testAccuracy;
            case "trainAccuracy" -> trainAccuracy;
            case "testLoss" -> testLoss;
            case "trainLoss" -> trainLoss;
            default -> throw new IllegalArgumentException("no metric " + metric + "; " + METRICS);
        };
    }
}

package org.divelive.math.setting;

/**
 * The rule a rejected value broke and that rule's bounds, NaN where it has none: what a page needs to say the
 * rejection as a sentence of its own ({@code low} for "above 0", {@code low} and {@code high} for "from 1 to 60000").
 */
public record Violation(Rule rule, double low, double high) {
}

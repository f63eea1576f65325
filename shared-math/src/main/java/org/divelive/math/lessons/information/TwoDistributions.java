package org.divelive.math.lessons.information;

import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.setting.Rule;

/**
 * The information-theory lesson's two distributions P and Q over the same few outcomes, each given as non-negative
 * weights and normalised, and what they say about each other (all in nats; divide by ln 2 for bits):
 *
 * <pre>
 *   surprisal   s(q_i)   = −ln q_i                      how surprised a coder who believes Q is by outcome i
 *   entropy     H(P)     = −Σ p_i ln p_i                the least average surprisal, reached by believing P itself
 *   cross-ent.  H(P, Q)  = −Σ p_i ln q_i = Σ p_i s(q_i) the average surprisal when outcomes follow P but we believe Q
 *   divergence  KL(P‖Q)  = Σ p_i ln(p_i / q_i) = H(P, Q) − H(P) ≥ 0, zero only for Q = P
 * </pre>
 *
 * Terms with p_i = 0 contribute nothing (p ln p → 0); an outcome with p_i &gt; 0 and q_i = 0 makes H(P, Q) and
 * KL(P‖Q) infinite: Q called it impossible.
 */
public final class TwoDistributions {
    public static final double LN_2 = 0.6931471805599453;

    private final double[] p;
    private final double[] q;

    /**
     * @param towardP t in [0, 1]: Q is replaced by the mixture (1 − t)·Q + t·P, which slides Q along a straight line
     *                to P; along it KL(P‖Q) falls to 0 and H(P, Q) to H(P)
     * @throws InvalidHyperparameterException naming "p", "q" or "towardP" for weights that are negative, not
     *                                        finite or all zero, or a t outside [0, 1]
     */
    public TwoDistributions(double[] pWeights, double[] qWeights, double towardP) {
        if (pWeights.length != qWeights.length || pWeights.length == 0) {
            throw new IllegalArgumentException("P has " + pWeights.length + " outcomes but Q has " + qWeights.length);
        }
        if (!(towardP >= 0 && towardP <= 1)) {
            throw new InvalidHyperparameterException("towardP", "towardP must be a number from 0 to 1, was " + towardP,
                    Rule.BETWEEN, 0, 1);
        }
        this.p = normalised("p", pWeights);
        double[] believed = normalised("q", qWeights);
        this.q = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            q[i] = (1 - towardP) * believed[i] + towardP * p[i];
        }
    }

    /** Weights divided by their sum: any non-negative weights, not all zero, make a distribution. */
    static double[] normalised(String field, double[] weights) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
                throw new InvalidHyperparameterException(field + (i + 1), field + (i + 1)
                        + " must be a finite number ≥ 0, was " + w, Rule.AT_LEAST, 0, Double.NaN);
            }
            sum += w;
        }
        if (sum == 0) {
            throw new InvalidHyperparameterException(field + 1, field.toUpperCase(java.util.Locale.ROOT)
                    + " needs at least one outcome with a weight above 0", Rule.SOME_ABOVE_ZERO, 0, Double.NaN);
        }
        double[] probabilities = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            probabilities[i] = weights[i] / sum;
        }
        return probabilities;
    }

    public int outcomes() {
        return p.length;
    }

    public double p(int i) {
        return p[i];
    }

    /** Q after the move toward P. */
    public double q(int i) {
        return q[i];
    }

    /** −ln q_i in nats; infinite for q_i = 0. */
    public double surprisal(int i) {
        return -Math.log(q[i]);
    }

    /** H(P) in nats. */
    public double entropy() {
        double h = 0;
        for (double pi : p) {
            if (pi > 0) {
                h -= pi * Math.log(pi);
            }
        }
        return h;
    }

    /** H(P, Q) in nats: the surprisals under Q averaged over P. */
    public double crossEntropy() {
        double h = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                h += p[i] * surprisal(i);
            }
        }
        return h;
    }

    /** KL(P‖Q) in nats, summed term by term (not as H(P, Q) − H(P), which cancels badly when Q is close to P). */
    public double divergence() {
        return divergence(p, q);
    }

    /** KL(Q‖P) in nats: the divergence the other way round, to show it is not symmetric. */
    public double reverseDivergence() {
        return divergence(q, p);
    }

    private static double divergence(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > 0) {
                d += a[i] * Math.log(a[i] / b[i]);
            }
        }
        return d;
    }

    /** Nats to bits: a natural logarithm divided by ln 2 is a base-2 one. */
    public static double bits(double nats) {
        return nats / LN_2;
    }
}

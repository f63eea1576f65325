package org.divelive.server.compute;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The SGD update θ ← θ − η·(g + λ·θ) in float vectors, as two FMAs per vector: u = λ·θ + g, then θ = −η·u + θ.
 * The portable kernel computes the same in double and rounds once; here u is rounded to float first, which moves
 * θ by about an ulp at most, like the products' summation order does. Whole vectors only: the few entries past the
 * last one are done one at a time, since a masked vector op runs as slow Java code on CPUs without mask registers.
 */
final class SgdUpdate {
    private static final VectorSpecies<Float> SPECIES = MicroKernel.SPECIES;

    private SgdUpdate() {
    }

    /** Updates entries [from, to) of θ in place. */
    static void apply(float[] theta, float[] g, float eta, float lambda, int from, int to) {
        FloatVector minusEta = FloatVector.broadcast(SPECIES, -eta);
        FloatVector decay = FloatVector.broadcast(SPECIES, lambda);
        int k = from;
        for (int bound = from + SPECIES.loopBound(to - from); k < bound; k += SPECIES.length()) {
            FloatVector t = FloatVector.fromArray(SPECIES, theta, k);
            FloatVector u = t.fma(decay, FloatVector.fromArray(SPECIES, g, k));
            u.fma(minusEta, t).intoArray(theta, k);
        }
        for (; k < to; k++) {
            theta[k] = Math.fma(-eta, Math.fma(lambda, theta[k], g[k]), theta[k]);
        }
    }
}

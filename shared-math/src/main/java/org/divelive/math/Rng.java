package org.divelive.math;

/**
 * The one source of randomness in DiveLive: a seeded SplitMix64 generator that gives the same stream on the JVM and
 * in the page (TeaVM), so a seed typed into a widget reproduces a server run bit for bit where the data and the
 * initialisation are concerned.
 *
 * <p>Why SplitMix64: one 64-bit word of state, integer arithmetic only (exact in Java and in TeaVM's long
 * emulation) and good statistical quality for simulation. Normals use Marsaglia's polar method with our own
 * {@link #ln}: the platform {@code Math.log} may differ in the last bit between the JVM and JavaScript, while
 * {@code + − × ÷} and {@code sqrt} are correctly rounded on both.
 */
public final class Rng {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double LN_2 = 0.6931471805599453;
    private static final double SQRT_2 = 1.4142135623730951;

    private long state;
    private double spareNormal;
    private boolean hasSpareNormal;

    public Rng(long seed) {
        this.state = seed;
    }

    /** The next 64 random bits: SplitMix64's increment followed by its two xor-shift-multiply mixing rounds. */
    public long nextLong() {
        long z = (state += GOLDEN_GAMMA);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform on [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform on [0, 1) with 24 random bits, exactly representable as a float. */
    public float nextFloat() {
        return (nextLong() >>> 40) * 0x1.0p-24f;
    }

    /**
     * Uniform integer in [0, bound). Multiply-shift of 32 random bits: the bias is below bound / 2³², far under
     * anything a shuffle of a data set can show.
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be > 0, was " + bound);
        }
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Standard normal N(0, 1), by the polar method: two normals per accepted point of the unit disc. */
    public double nextGaussian() {
        if (hasSpareNormal) {
            hasSpareNormal = false;
            return spareNormal;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        // (u, v)·sqrt(−2 ln s / s) are two independent N(0, 1) samples
        double factor = Math.sqrt(-2 * ln(s) / s);
        spareNormal = v * factor;
        hasSpareNormal = true;
        return u * factor;
    }

    /** N(mean, std²). */
    public double nextGaussian(double mean, double std) {
        return mean + std * nextGaussian();
    }

    /** Fisher–Yates: every permutation of {@code indices} equally likely. */
    public void shuffle(int[] indices) {
        for (int i = indices.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = indices[i];
            indices[i] = indices[j];
            indices[j] = t;
        }
    }

    /**
     * Natural logarithm of a finite x > 0 from correctly rounded operations only, so it is the same number on every
     * platform. Scale x by powers of two (exact) into [√½, √2), then ln x = 2·atanh(z) with z = (x − 1)/(x + 1),
     * |z| < 0.172, whose series z + z³/3 + z⁵/5 + … has converged to double precision after 30 terms. Centring the
     * range on 1 keeps ln x accurate near x = 1, where subtracting a multiple of ln 2 would cancel.
     */
    static double ln(double x) {
        int exponent = 0;
        while (x >= SQRT_2) {
            x /= 2;
            exponent++;
        }
        while (x < SQRT_2 / 2) {
            x *= 2;
            exponent--;
        }
        double z = (x - 1) / (x + 1);
        double z2 = z * z;
        double term = z;
        double sum = 0;
        for (int n = 1; n < 60; n += 2) {
            sum += term / n;
            term *= z2;
        }
        return 2 * sum + exponent * LN_2;
    }
}

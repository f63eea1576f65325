package org.divelive.math.train;

/** Milliseconds from some fixed start, for samples per second. Injected so tests can fix time. */
@FunctionalInterface
public interface Clock {
    double millis();

    /** The platform's monotonic clock (System.nanoTime on the JVM, performance.now() under TeaVM). */
    Clock SYSTEM = () -> System.nanoTime() / 1e6;
}

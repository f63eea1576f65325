package org.divelive.server.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The training benchmark's anchor, measured in the same run: the same model with the same recipe from scratch in
 * NumPy float32 ({@code bench/mlp_numpy.py}, carried in the jar), run by the machine's {@code python3} on the same
 * Fashion-MNIST files. Absent python3 or NumPy, {@link #measure} says why instead, and the benchmark prints the
 * figure it quotes with the machine it comes from.
 */
final class NumpyAnchor {
    /** Quoted when NumPy cannot be run here, with the machine it was measured on (shared/TOOLCHAIN.md). */
    static final String QUOTED_MLP = "0.40–0.70 s per epoch, quoted from a 2 vCPU AMD EPYC Zen 4 (AVX-512), "
            + "NumPy 2.4 + OpenBLAS 0.3.31, 2026-12-01; not measured here";

    /** What asking NumPy gave. */
    sealed interface Outcome permits Measured, Unavailable {
    }

    /** What NumPy did: its version and BLAS, and the seconds and mean training loss of each epoch. */
    record Measured(String version, List<Double> seconds, List<Double> losses) implements Outcome {
    }

    /** A run that could not happen, and why. */
    record Unavailable(String reason) implements Outcome {
    }

    private NumpyAnchor() {
    }

    /**
     * Trains the model (hidden units, or 0 for softmax regression) for {@code epochs} on the files in
     * {@code folder}; a {@link Measured} or an {@link Unavailable}.
     */
    static Outcome measure(Path folder, int epochs, int hidden) throws InterruptedException {
        Optional<Path> python = LoadGenerator.findOnPath("python3");
        if (python.isEmpty()) {
            return new Unavailable("python3 is not on the PATH");
        }
        try {
            Path script = Files.createTempFile("divelive-numpy", ".py");
            try (InputStream in = NumpyAnchor.class.getResourceAsStream("/bench/mlp_numpy.py")) {
                Files.write(script, in.readAllBytes());
            }
            Process process = new ProcessBuilder(python.get().toString(), script.toString(), folder.toString(),
                    String.valueOf(epochs), String.valueOf(hidden)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            Files.deleteIfExists(script);
            if (exit != 0) {
                String last = output.strip();
                return new Unavailable("python3 failed (" + last.substring(last.lastIndexOf('\n') + 1) + ")");
            }
            String version = "";
            List<Double> seconds = new ArrayList<>();
            List<Double> losses = new ArrayList<>();
            for (String line : output.split("\n")) {
                String[] words = line.trim().split(" ");
                if (words[0].equals("numpy") && words.length == 3) {
                    version = "NumPy " + words[1] + " + " + words[2];
                } else if (words[0].equals("epoch") && words.length == 4) {
                    seconds.add(Double.parseDouble(words[2]));
                    losses.add(Double.parseDouble(words[3]));
                }
            }
            return seconds.size() == epochs ? new Measured(version, seconds, losses)
                    : new Unavailable("the NumPy script printed " + seconds.size() + " of " + epochs + " epochs");
        } catch (IOException e) {
            return new Unavailable("python3 could not be run: " + e.getMessage());
        }
    }
}

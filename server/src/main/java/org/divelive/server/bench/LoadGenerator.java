package org.divelive.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps C connections busy with GETs of one URL for a while and reports requests per second and the 99th
 * percentile latency. It drives {@code wrk} when the machine has it (a C load generator that costs the server little
 * CPU), otherwise C Java threads with the JDK's HTTP client, and says which in {@link Result#tool()}.
 */
final class LoadGenerator {
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)|Socket errors: .*");

    /** What one load run measured; {@code problems} is empty or says what went wrong (errors, non-200s). */
    record Result(double requestsPerSecond, double p99Millis, String tool, String problems) {
    }

    private final int connections;
    private final Duration duration;
    private final Optional<Path> wrk = findOnPath("wrk");

    LoadGenerator(int connections, Duration duration) {
        this.connections = connections;
        this.duration = duration;
    }

    String tool() {
        return wrk.map(path -> "wrk (" + path + ")").orElse("the JDK's HTTP client (wrk is not installed)");
    }

    Result run(String url, boolean gzip) throws IOException, InterruptedException {
        return wrk.isPresent() ? runWrk(url, gzip) : runJava(url, gzip);
    }

    private Result runWrk(String url, boolean gzip) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(wrk.get().toString(), "-t2", "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--latency"));
        if (gzip) {
            command.addAll(List.of("-H", "Accept-Encoding: gzip"));
        }
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher rate = RATE.matcher(output);
        Matcher p99 = P99.matcher(output);
        if (!rate.find() || !p99.find()) {
            throw new IllegalStateException("wrk printed no rate or latency:\n" + output);
        }
        double value = Double.parseDouble(p99.group(1));
        double millis = switch (p99.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
        Matcher errors = ERRORS.matcher(output);
        String problems = errors.find() ? errors.group().trim() : "";
        return new Result(Double.parseDouble(rate.group(1)), millis, "wrk", problems);
    }

    /** C threads, each sending one request after another; every latency is kept, so the p99 is exact. */
    private Result runJava(String url, boolean gzip) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
        HttpRequest request = (gzip ? builder.header("Accept-Encoding", "gzip") : builder).build();
        AtomicBoolean running = new AtomicBoolean(true);
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        int[] failures = new int[connections];
        Thread[] threads = new Thread[connections];
        for (int t = 0; t < connections; t++) {
            int me = t;
            threads[t] = new Thread(() -> {
                long[] mine = new long[1 << 16];
                while (running.get()) {
                    long started = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            failures[me]++;
                        }
                    } catch (IOException e) {
                        failures[me]++;
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (counts[me] == mine.length) {
                        mine = Arrays.copyOf(mine, mine.length * 2);
                    }
                    mine[counts[me]++] = System.nanoTime() - started;
                }
                latencies[me] = mine;
            });
            threads[t].start();
        }
        long started = System.nanoTime();
        Thread.sleep(duration.toMillis());
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < connections; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        double p99 = total == 0 ? Double.NaN : all[Math.min(total - 1, (int) Math.ceil(total * 0.99) - 1)] / 1e6;
        int failed = Arrays.stream(failures).sum();
        return new Result(total / seconds, p99, "Java client", failed == 0 ? "" : failed + " failed requests");
    }

    /** An executable of that name on the PATH, if there is one. */
    static Optional<Path> findOnPath(String name) {
        String path = System.getenv("PATH");
        for (String folder : (path == null ? "" : path).split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

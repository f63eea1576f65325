package org.divelive.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.ServerConfig;
import org.divelive.server.data.DataSettings;
import org.divelive.server.limits.Limits;
import org.divelive.server.runs.api.RunSettings;
import org.divelive.server.runs.queue.Leases;
import org.divelive.server.runs.store.Database;

/**
 * A class watching one run: starts the server on loopback, starts a small MLP run that publishes progress every
 * 250 ms for minutes, measures a lesson page's latency (the anchor), opens N event streams on the run (default
 * 1,000), measures the page again under them, and prints the streams held, both p50/p99 and the heap used. All
 * traffic goes to 127.0.0.1, bounded in count and time.
 *
 * <p>Given a PostgreSQL {@code --db} URL, it starts two nodes on that database in this JVM: one trains the run, the
 * measured one trains nothing ({@code --concurrent-runs 0}), so every watcher's events come through the store.
 *
 * <pre>java -cp server/target/divelive.jar org.divelive.server.bench.WatchersBenchmark [watchers] [requests] [db]</pre>
 */
public final class WatchersBenchmark {
    private static final String LESSON = "/lessons/softmax-regression";
    private static final int CLIENT_THREADS = 4;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final int watchers;
    private final int requests;
    /** Null: one node on an H2 file. */
    private final Database shared;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String base;

    private WatchersBenchmark(int watchers, int requests, Database shared) {
        this.watchers = watchers;
        this.requests = requests;
        this.shared = shared;
    }

    public static void main(String[] args) throws Exception {
        int watchers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        if (watchers < 1 || watchers > 5000 || requests < 100 || requests > 20_000) {
            throw new IllegalArgumentException("watchers must be 1 to 5000 and requests 100 to 20000");
        }
        Database shared = args.length > 2 ? Database.parse(args[2], System.getenv()) : null;
        if (shared != null && !shared.isPostgresql()) {
            throw new IllegalArgumentException("the third argument is a jdbc:postgresql:// database to share");
        }
        new WatchersBenchmark(watchers, requests, shared).run();
    }

    private void run() throws Exception {
        Path dir = Files.createTempDirectory("divelive-watchers-bench");
        ServerConfig config = ServerConfig.defaults().withHost("127.0.0.1").withPort(0)
                .withData(new DataSettings(null, DataSettings.defaults().systemDir(), dir.resolve("cache"),
                        URI.create("http://127.0.0.1:9/")))
                .withRuns(ServerConfig.defaults().runs().withDatabase(shared != null ? shared
                        : Database.h2(dir.resolve("bench.mv.db"))))
                // every watcher and page request comes from 127.0.0.1, where a class would come from many addresses
                .withLimits(Limits.defaults().withEventStreams(watchers + 10, watchers + 10)
                        .withConnectionsPerClient(watchers + 10 * CLIENT_THREADS));
        // on a shared database the run trains on another node, and the measured one streams it from the store
        Javalin trainer = shared == null ? null : App.create(config.withRuns(config.runs()
                .withLeases(Leases.defaults().withWorker("bench-trainer")))).start(0);
        Javalin app = App.create(shared == null ? config : config.withRuns(config.runs()
                .withQueue(0, RunSettings.DEFAULT_QUEUE_LENGTH))).start(0);
        System.out.println(shared == null ? "store: an H2 file; the run trains on the measured node"
                : "store: " + shared + "; the run trains on another node, the measured node trains none");
        try {
            base = "http://127.0.0.1:" + app.port();
            // batch 1 on a tiny MLP: thousands of cheap steps, progress to every watcher every 250 ms, for hours
            long run = createRun("{\"model\": \"mlp\", \"hidden\": [8], \"batchSize\": 1, \"epochs\": 50, "
                    + "\"learningRate\": 0.005}");
            awaitRunning(run);
            latencies(requests); // warm-up: JIT, the lesson's render cache
            double[] anchor = latencies(requests);
            long anchorHeap = heapUsed();

            AtomicInteger started = new AtomicInteger();
            AtomicInteger ended = new AtomicInteger();
            List<CompletableFuture<HttpResponse<Void>>> streams = new ArrayList<>();
            for (int i = 0; i < watchers; i++) {
                streams.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/runs/" + run + "/events"))
                        .header("Accept", "text/event-stream").build(),
                        HttpResponse.BodyHandlers.fromLineSubscriber(new Counter(started, ended))));
            }
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (started.get() < watchers && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            int held = started.get();
            double[] loaded = latencies(requests);
            long loadedHeap = heapUsed();
            int stillOpen = held - ended.get();

            System.out.printf(Locale.ROOT, "watchers held: %d of %d asked (still open after the load: %d)%n", held,
                    watchers, stillOpen);
            System.out.printf(Locale.ROOT, "lesson %s, %d requests on %d connections:%n", LESSON, requests,
                    CLIENT_THREADS);
            System.out.printf(Locale.ROOT, "  without watchers: p50 %.2f ms, p99 %.2f ms%n", anchor[0], anchor[1]);
            System.out.printf(Locale.ROOT, "  with %d watchers: p50 %.2f ms, p99 %.2f ms%n", held, loaded[0],
                    loaded[1]);
            System.out.printf(Locale.ROOT, "heap used after GC (server and these clients in one JVM): %.1f MB "
                    + "without watchers, %.1f MB with them (%.1f KB per watcher)%n", anchorHeap / 1e6,
                    loadedHeap / 1e6, held == 0 ? 0 : (loadedHeap - anchorHeap) / 1e3 / held);
            streams.forEach(stream -> stream.cancel(true));
        } finally {
            app.stop();
            if (trainer != null) {
                trainer.stop();
            }
        }
    }

    private long createRun(String body) throws IOException, InterruptedException {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/runs"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 202) {
            throw new IllegalStateException("the run was not created: " + created.body());
        }
        String text = created.body();
        int at = text.indexOf("\"id\":") + 5;
        return Long.parseLong(text.substring(at, text.indexOf(',', at)));
    }

    private void awaitRunning(long run) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/runs/" + run)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"status\":\"running\"")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the run did not start within " + PATIENCE);
    }

    /** p50 and p99 in milliseconds of {@code count} GETs of the lesson, from a few connections at once. */
    private double[] latencies(int count) throws Exception {
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < CLIENT_THREADS; t++) {
                done.add(clients.submit(() -> {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + LESSON))
                            .header("Accept-Encoding", "gzip").build();
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> page = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (page.statusCode() != 200) {
                                throw new IllegalStateException(LESSON + " answered " + page.statusCode());
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        nanos[i] = System.nanoTime() - start;
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        Arrays.sort(nanos);
        return new double[] {nanos[count / 2] / 1e6, nanos[(int) Math.ceil(count * 0.99) - 1] / 1e6};
    }

    private static long heapUsed() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        Thread.sleep(200);
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Counts, per stream, its first event and its end, reading every line without a thread of its own. */
    private static final class Counter implements Flow.Subscriber<String> {
        private final AtomicInteger started;
        private final AtomicInteger ended;
        private boolean seenStart;

        Counter(AtomicInteger started, AtomicInteger ended) {
            this.started = started;
            this.ended = ended;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (!seenStart && line.startsWith("event: started")) {
                seenStart = true;
                started.incrementAndGet();
            }
        }

        @Override
        public void onError(Throwable failure) {
            if (seenStart) {
                ended.incrementAndGet();
            }
        }

        @Override
        public void onComplete() {
            if (seenStart) {
                ended.incrementAndGet();
            }
        }
    }
}

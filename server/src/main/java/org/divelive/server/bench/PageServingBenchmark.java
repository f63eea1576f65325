package org.divelive.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.ServerConfig;
import org.divelive.server.data.DataSettings;

/**
 * A lesson page served by DiveLive next to nginx serving the very same HTML bytes, measured now, on this machine,
 * one after the other: requests per second and p99 latency at 50 connections, with gzip and without. Everything
 * runs on loopback. Without nginx on the machine its rows say so instead of showing a figure.
 *
 * <pre>java -cp server/target/divelive.jar org.divelive.server.bench.PageServingBenchmark [--url http://host:port]
 * </pre>
 * With {@code --url} it measures a server already running there (another build, for a before/after) instead of
 * starting one in this process. {@code -Dbench.seconds=N} sets each measurement's length (default 10),
 * {@code -Dbench.warmupSeconds=N} the warm-up's with gzip and without (default 15 each).
 */
public final class PageServingBenchmark {
    static final String PAGE = "/lessons/linear-regression";
    static final int CONNECTIONS = 50;

    private PageServingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Duration each = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
        String external = args.length == 2 && args[0].equals("--url") ? args[1] : null;
        if (args.length != 0 && external == null) {
            throw new IllegalArgumentException("the only option is --url http://host:port, was " + String.join(" ",
                    args));
        }
        Javalin app = null;
        String base = external;
        if (base == null) {
            Path dir = Files.createTempDirectory("divelive-page-bench");
            ServerConfig config = ServerConfig.defaults().withHost("127.0.0.1").withPort(0)
                    .withData(new DataSettings(null, DataSettings.defaults().systemDir(), dir.resolve("cache"),
                            URI.create("http://127.0.0.1:9/")))
                    .withRuns(ServerConfig.defaults().runs().withDatabase(dir.resolve("bench.mv.db")));
            app = App.create(config).start(0);
            base = "http://127.0.0.1:" + app.port();
        }
        try {
            run(base, external == null ? "DiveLive (this build)" : "DiveLive at " + external, each);
        } finally {
            if (app != null) {
                app.stop();
            }
        }
    }

    private static void run(String base, String name, Duration each) throws Exception {
        HttpResponse<byte[]> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + PAGE))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (page.statusCode() != 200) {
            throw new IllegalStateException(base + PAGE + " answered " + page.statusCode());
        }
        byte[] html = page.body();
        LoadGenerator load = new LoadGenerator(CONNECTIONS, each);
        System.out.printf(Locale.ROOT, "%s, %d bytes of HTML; %d connections, %d s each, load from %s; %d cores%n",
                PAGE, html.length, CONNECTIONS, each.toSeconds(), load.tool(),
                Runtime.getRuntime().availableProcessors());
        // warm-up of both forms until the JIT is done: after 3 s the first measured row still ran at half speed
        Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 15));
        new LoadGenerator(CONNECTIONS, warmUp).run(base + PAGE, true);
        new LoadGenerator(CONNECTIONS, warmUp).run(base + PAGE, false);
        Optional<Path> nginx = NginxAnchor.executable();
        System.out.println(" server                                      gzip   req/s   p99 ms");
        LoadGenerator.Result ours = load.run(base + PAGE, true);
        print(name, "yes", ours);
        LoadGenerator.Result anchor = null;
        if (nginx.isEmpty()) {
            System.out.println(" nginx: not installed (apt-get install nginx-light), so no anchor was measured");
        } else {
            try (NginxAnchor server = NginxAnchor.start(nginx.get(), PAGE, html)) {
                byte[] served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.onTheFlyUrl(PAGE))).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
                if (!Arrays.equals(served, html)) {
                    throw new IllegalStateException("nginx does not serve the page's bytes: " + server
                            .onTheFlyUrl(PAGE));
                }
                anchor = load.run(server.onTheFlyUrl(PAGE), true);
                print("nginx, gzip per answer (gzip on)", "yes", anchor);
                print("nginx, gzip made beforehand (gzip_static)", "yes", load.run(server.precompressedUrl(PAGE), true));
                print(name, "no", load.run(base + PAGE, false));
                print("nginx", "no", load.run(server.onTheFlyUrl(PAGE), false));
            }
        }
        if (anchor != null) {
            System.out.printf(Locale.ROOT, "with gzip: %.2f× nginx's req/s (gzip on), p99 %.1f ms vs %.1f ms%n",
                    ours.requestsPerSecond() / anchor.requestsPerSecond(), ours.p99Millis(), anchor.p99Millis());
        }
    }

    private static void print(String server, String gzip, LoadGenerator.Result result) {
        System.out.printf(Locale.ROOT, " %-42s %4s %7.0f %8.1f%s%n", server, gzip, result.requestsPerSecond(),
                result.p99Millis(), result.problems().isEmpty() ? "" : "  (" + result.problems() + ")");
    }
}

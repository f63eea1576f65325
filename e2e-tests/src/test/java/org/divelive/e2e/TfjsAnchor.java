package org.divelive.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.divelive.server.data.DataSettings;

/**
 * The in-page benchmarks' anchor, measured in the same Chromium: TensorFlow.js 4.22 on its wasm backend (XNNPACK,
 * SIMD) training the book's MLP with DiveLive's recipe ({@code tfjs/mlp.js}) on all 60,000 Fashion-MNIST images.
 * The two npm packages are fetched once with {@code npm pack} into {@code target/tfjs} (the npm registry, outside the
 * test command); a small loopback server gives the page them and the images. Any benchmark may call
 * {@link #measure}; {@link #main} runs it alone.
 */
public final class TfjsAnchor {
    static final String VERSION = "4.22.0";
    static final List<String> PACKAGES = List.of("@tensorflow/tfjs", "@tensorflow/tfjs-backend-wasm");
    /** What a benchmark prints when it was not asked to measure TensorFlow.js, with the machine it comes from. */
    public static final String QUOTED = "TensorFlow.js 4.22 wasm not measured (-Dbench.tfjs=true measures it); "
            + "quoted: 2,951–3,330 samples/s in Chromium 156 on a 2 vCPU AMD EPYC Zen 4, 2026-12-01";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript", "wasm", "application/wasm");

    /** What TensorFlow.js did: its version, the backend it ran on, the samples per second of each epoch. */
    public record Result(String version, String backend, List<Double> samplesPerSecond) {
        public double median() {
            double[] sorted = samplesPerSecond.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }

    private TfjsAnchor() {
    }

    public static void main(String[] args) throws Exception {
        int epochs = Integer.getInteger("bench.epochs", 3);
        try (Browser browser = new Browser()) {
            Result result = measure(browser, epochs, Path.of("target"));
            System.out.printf(Locale.ROOT, "TensorFlow.js %s (%s) in %s: median %.0f samples/s%n", result.version(),
                    result.backend(), browser.version(), result.median());
        }
    }

    /** Trains {@code epochs} epochs in a new page of {@code browser}, printing each as it ends. */
    static Result measure(Browser browser, int epochs, Path target) throws IOException, InterruptedException {
        Path dist = fetch(target.resolve("tfjs"));
        Path data = DataSettings.defaults().locator().locate();
        byte[] images = idxPayload(data.resolve("train-images-idx3-ubyte.gz"), 16);
        byte[] labels = idxPayload(data.resolve("train-labels-idx1-ubyte.gz"), 8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/data/train-images")) {
                send(exchange, images, "application/octet-stream");
            } else if (path.equals("/data/train-labels")) {
                send(exchange, labels, "application/octet-stream");
            } else if (path.startsWith("/tfjs/") && path.indexOf("..") < 0
                    && Files.isRegularFile(dist.resolve(path.substring(6)))) {
                send(exchange, Files.readAllBytes(dist.resolve(path.substring(6))), type(path));
            } else if (path.equals("/mlp.html") || path.equals("/mlp.js")) {
                try (InputStream in = TfjsAnchor.class.getResourceAsStream("/tfjs" + path)) {
                    send(exchange, in.readAllBytes(), type(path));
                }
            } else {
                send(exchange, 404, new byte[0], "text/plain");
            }
        });
        server.start();
        List<String> errors = new ArrayList<>();
        Page page = browser.newPage(errors);
        try {
            page.navigate("http://127.0.0.1:" + server.getAddress().getPort() + "/mlp.html?epochs=" + epochs);
            List<Double> rates = new ArrayList<>();
            for (int epoch = 1; epoch <= epochs; epoch++) {
                int wanted = epoch;
                page.waitForFunction("n => window.anchor.error !== null || window.anchor.epochs.length >= n", wanted,
                        new Page.WaitForFunctionOptions().setTimeout(900_000).setPollingInterval(250));
                Object error = page.evaluate("() => window.anchor.error");
                if (error != null) {
                    throw new IllegalStateException("TensorFlow.js failed in the page: " + error + " " + errors);
                }
                double rate = ((Number) page.evaluate("n => window.anchor.epochs[n - 1].samplesPerSecond", wanted))
                        .doubleValue();
                rates.add(rate);
                System.out.printf(Locale.ROOT, "TensorFlow.js epoch %d: %8.0f samples/s (%.1f s)%n", epoch, rate,
                        60_000 / rate);
            }
            return new Result((String) page.evaluate("() => window.anchor.version"),
                    (String) page.evaluate("() => window.anchor.backend"), rates);
        } finally {
            page.close();
            server.stop(0);
        }
    }

    /** The packages' dist folders merged into one, fetched with {@code npm pack} unless already there. */
    private static Path fetch(Path folder) throws IOException, InterruptedException {
        Path dist = folder.resolve("dist");
        if (Files.isRegularFile(dist.resolve("tf.min.js")) && Files.isRegularFile(dist.resolve("tf-backend-wasm.min.js"))) {
            return dist;
        }
        Files.createDirectories(dist);
        List<String> command = new ArrayList<>(List.of("npm", "pack", "--silent", "--pack-destination",
                folder.toString()));
        PACKAGES.forEach(name -> command.add(name + "@" + VERSION));
        run(command, "npm could not fetch TensorFlow.js from the npm registry");
        for (String name : PACKAGES) {
            Path tarball = folder.resolve(name.substring(1).replace('/', '-') + "-" + VERSION + ".tgz");
            run(List.of("tar", "xzf", tarball.toString(), "-C", dist.toString(), "--strip-components=2",
                    "package/dist"), "cannot unpack " + tarball);
        }
        return dist;
    }

    private static void run(List<String> command, String problem) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(problem + ": " + String.join(" ", command) + "\n" + output);
        }
    }

    /** An IDX file's bytes after its header: the pixels or the labels. */
    private static byte[] idxPayload(Path file, int header) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] all = in.readAllBytes();
            return java.util.Arrays.copyOfRange(all, header, all.length);
        }
    }

    private static String type(String path) {
        return TYPES.getOrDefault(path.substring(path.lastIndexOf('.') + 1), "application/octet-stream");
    }

    private static void send(HttpExchange exchange, byte[] body, String type) throws IOException {
        send(exchange, 200, body, type);
    }

    private static void send(HttpExchange exchange, int status, byte[] body, String type) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

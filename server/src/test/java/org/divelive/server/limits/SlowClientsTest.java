package org.divelive.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.http.TrustedProxies;
import org.divelive.server.testsupport.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that stalls or trickles request bodies: it holds at most --max-threads-per-client threads (its further
 * requests wait while other addresses, or other learners behind a trusted proxy, are served at once), and a body
 * slower than --min-data-rate is cut with 408.
 */
class SlowClientsTest {
    private static final int THREADS_PER_CLIENT = 2;
    private static final String STALLER = "127.0.0.1";
    private static final String OTHER = "127.0.0.2";

    private static Socket connect(String from, int port) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        socket.setSoTimeout(30_000);
        return socket;
    }

    /** Headers of a run's POST declaring a 200-byte body, and the body's first byte: a thread now waits for the rest. */
    private static void startBody(Socket socket, String... headerLines) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/runs HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + lines(headerLines) + "Content-Length: 200\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void get(Socket socket, String... headerLines) throws IOException {
        socket.getOutputStream().write(("GET /api/runs HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + lines(headerLines) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static String lines(String... headerLines) {
        StringBuilder text = new StringBuilder();
        for (String line : headerLines) {
            text.append(line).append("\r\n");
        }
        return text.toString();
    }

    /** The status line of the answer on {@code socket}. */
    private static String statusLine(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int next = in.read(); next >= 0 && next != '\n'; next = in.read()) {
            line.append((char) next);
        }
        return line.toString().trim();
    }

    /**
     * THREADS_PER_CLIENT connections from STALLER, each with a body begun and never finished (so each holds a
     * thread), kept in {@code sockets} for closing; their answers to come.
     */
    private static List<CompletableFuture<String>> stallThreads(int port, List<Socket> sockets,
            String... headerLines) throws IOException {
        List<CompletableFuture<String>> stalled = new ArrayList<>();
        for (int i = 0; i < THREADS_PER_CLIENT; i++) {
            Socket socket = connect(STALLER, port);
            sockets.add(socket);
            startBody(socket, headerLines);
            stalled.add(answer(socket));
        }
        return stalled;
    }

    private static CompletableFuture<String> answer(Socket socket) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return statusLine(socket);
            } catch (IOException e) {
                return "failed: " + e;
            }
        });
    }

    @Test
    void stalledBodiesHoldOnlyTheirAddressesThreadsAndOthersAreServedAtOnce(@TempDir Path dir) throws Exception {
        Javalin app = App.create(TestConfigs.server(dir).withLimits(Limits.defaults()
                .withThreadsPerClient(THREADS_PER_CLIENT)
                .withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(4)))).start(0);
        List<Socket> sockets = new ArrayList<>();
        try {
            List<CompletableFuture<String>> stalled = stallThreads(app.port(), sockets);
            Thread.sleep(500); // both bodies are being read, each holding a thread
            Socket sameAddress = connect(STALLER, app.port());
            sockets.add(sameAddress);
            get(sameAddress);
            CompletableFuture<String> waiting = answer(sameAddress);
            Socket otherAddress = connect(OTHER, app.port());
            sockets.add(otherAddress);
            get(otherAddress);

            assertEquals("HTTP/1.1 200 OK", statusLine(otherAddress), "another address is served");
            assertFalse(stalled.stream().anyMatch(CompletableFuture::isDone),
                    "...while the stalled bodies still hold their threads");
            assertFalse(waiting.isDone(), "the staller's third request waits for one of its own threads");

            for (CompletableFuture<String> body : stalled) {
                assertEquals("HTTP/1.1 408 Request Timeout", body.get(30, TimeUnit.SECONDS));
            }
            assertEquals("HTTP/1.1 200 OK", waiting.get(30, TimeUnit.SECONDS),
                    "once the body timeout frees a thread, the waiting request is served");
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
            app.stop();
        }
    }

    @Test
    void behindATrustedProxyStalledBodiesHoldOnlyTheirLearnersThreads(@TempDir Path dir) throws Exception {
        Javalin app = App.create(TestConfigs.server(dir).withProxies(TrustedProxies.parse(List.of(STALLER)))
                .withLimits(Limits.defaults().withThreadsPerClient(THREADS_PER_CLIENT)
                        .withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(30)))).start(0);
        List<Socket> sockets = new ArrayList<>();
        try {
            List<CompletableFuture<String>> stalled = stallThreads(app.port(), sockets,
                    "X-Forwarded-For: 198.51.100.1");
            Thread.sleep(500); // both bodies are being read, each holding a thread of learner 198.51.100.1
            Socket otherLearner = connect(STALLER, app.port());
            sockets.add(otherLearner);
            get(otherLearner, "X-Forwarded-For: 198.51.100.2");

            // counted by the proxy's address, this request would wait until a body timed out, 30 s from now
            assertEquals("HTTP/1.1 200 OK", statusLine(otherLearner), "another learner behind the proxy is served");
            assertFalse(stalled.stream().anyMatch(CompletableFuture::isDone),
                    "...while the stalled bodies still hold their threads");
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
            app.stop();
        }
    }

    @Test
    void aBodyTricklingBelowTheMinimumRateIsCutLongBeforeTheBodyTimeout(@TempDir Path dir) throws Exception {
        Javalin app = App.create(TestConfigs.server(dir).withLimits(Limits.defaults()
                .withMinDataRate(1024)
                .withTimeouts(Duration.ofSeconds(120), Duration.ofSeconds(120)))).start(0);
        try (Socket socket = connect(STALLER, app.port())) {
            startBody(socket);
            CompletableFuture<String> status = answer(socket);
            OutputStream out = socket.getOutputStream();
            // a byte every 200 ms: 5 bytes per second, far below 1024
            for (int i = 0; i < 100 && !status.isDone(); i++) {
                Thread.sleep(200);
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException closed) {
                    break;
                }
            }
            // the socket's 30 s read timeout is a quarter of the body timeout: an answer here is the rate floor's
            assertEquals("HTTP/1.1 408 Request Timeout", status.get(30, TimeUnit.SECONDS));
            // the answer closes the connection: the rest of it is headers and the message saying what to change
            String rest = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(rest.contains("the body arrived too slowly") && rest.contains("--min-data-rate"), rest);
        } finally {
            app.stop();
        }
    }

    @Test
    void theRateFloorMeasuresTheApiButNotItsLiveStreamsNorThePages() {
        assertTrue(DataRateFloor.isMeasured("/api/runs"));
        assertTrue(DataRateFloor.isMeasured("/api/runs/12/weights"));
        assertTrue(DataRateFloor.isMeasured("/api/data/fashion-mnist/train"));
        assertFalse(DataRateFloor.isMeasured("/api/runs/12/events"));
        assertFalse(DataRateFloor.isMeasured("/api/classes/3/events"));
        assertFalse(DataRateFloor.isMeasured("/lessons/linear-regression"));
        assertFalse(DataRateFloor.isMeasured("/static/worker.wasm"));
    }
}

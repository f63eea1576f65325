package org.divelive.server.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The run API over real HTTP, as a test drives it. */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newHttpClient();
    private final IntSupplier port;

    public Api(int port) {
        this(() -> port);
    }

    /** An API whose server's port is known only once it has started: read at each request. */
    public Api(IntSupplier port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public HttpResponse<String> post(String path, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any method with a JSON body: PUT, PATCH. */
    public HttpResponse<String> send(String method, String path, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates a run and returns the 202 answer's JSON. */
    public JsonNode create(String body) {
        HttpResponse<String> response = post("/api/runs", body);
        if (response.statusCode() != 202) {
            fail("POST /api/runs " + body + " answered " + response.statusCode() + ": " + response.body());
        }
        return json(response);
    }

    public JsonNode run(long id) {
        return json(get("/api/runs/" + id));
    }

    /** Polls the run until its status passes the test, and returns it then. */
    public JsonNode awaitRun(long id, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = run(id);
            if (done.test(run)) {
                return run;
            }
            pause();
        }
        return fail("run " + id + " did not get there within " + PATIENCE + ": " + run(id));
    }

    public JsonNode awaitStatus(long id, String status) {
        return awaitRun(id, run -> run.path("status").asText().equals(status));
    }

    /** Opens the run's event stream. */
    public EventStream events(long id, String... headers) {
        return stream("/api/runs/" + id + "/events", headers);
    }

    /** Opens the Server-Sent Events stream at {@code path}. */
    public EventStream stream(String path, String... headers) {
        try {
            HttpRequest.Builder request = request(path, "Accept", "text/event-stream");
            if (headers.length > 0) {
                request.headers(headers);
            }
            HttpResponse<Stream<String>> response = http.send(request.GET().build(),
                    HttpResponse.BodyHandlers.ofLines());
            return new EventStream(response.statusCode(), response.body().iterator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port.getAsInt() + path)).timeout(PATIENCE);
        return headers.length == 0 ? builder : builder.headers(headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One Server-Sent Event: its id (null if it had none), name and data. */
    public record Event(String id, String name, String data) {
        public JsonNode json() {
            try {
                return JSON.readTree(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A Server-Sent Events response, read an event at a time. */
    public static final class EventStream {
        private final int status;
        private final Iterator<String> lines;

        EventStream(int status, Iterator<String> lines) {
            this.status = status;
            this.lines = lines;
        }

        public int status() {
            return status;
        }

        /** The next event, or null when the stream has closed. Comment lines are skipped. */
        public Event next() {
            String id = null;
            String name = "message";
            StringBuilder data = null;
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.isEmpty()) {
                    if (data != null) {
                        return new Event(id, name, data.toString());
                    }
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data = (data == null ? new StringBuilder() : data.append('\n')).append(line.substring(5).trim());
                }
            }
            return null;
        }

        /** Every event up to and including the end event (or the stream's close). */
        public List<Event> untilEnd() {
            List<Event> events = new ArrayList<>();
            for (Event event = next(); event != null; event = next()) {
                events.add(event);
                if (event.name().equals("end")) {
                    break;
                }
            }
            return events;
        }
    }
}

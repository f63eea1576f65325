package org.divelive.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.javalin.Javalin;
import org.divelive.server.classes.ClassSettings;
import org.divelive.server.http.TrustedProxies;
import org.divelive.server.limits.Limits;
import org.divelive.server.runs.api.RunSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code serve}: runs the site until the process is stopped. Flags override environment variables. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the course site (the default).")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:DIVELIVE_PORT:-7070}",
            description = "HTTP port (env DIVELIVE_PORT; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS",
            defaultValue = "${env:DIVELIVE_HOST:-" + ServerConfig.ALL_INTERFACES + "}",
            description = "Address to listen on: 0.0.0.0 for every interface, so a class can reach it, or 127.0.0.1 "
                    + "for this machine only (env DIVELIVE_HOST; default ${DEFAULT-VALUE}).")
    String host;

    @Mixin
    ContentOptions content;

    @Mixin
    DataOptions data;

    @Mixin
    QueueOptions queue;

    @Mixin
    RunLimitOptions runLimits;

    @Option(names = "--queue-length", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_QUEUE_LENGTH:-" + RunSettings.DEFAULT_QUEUE_LENGTH + "}",
            description = "Runs that may wait; past this a new run is refused with 429 (env DIVELIVE_QUEUE_LENGTH; "
                    + "default ${DEFAULT-VALUE}).")
    int queueLength;

    @Option(names = "--runs-per-learner", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_RUNS_PER_LEARNER:-" + ClassSettings.DEFAULT_RUNS_PER_LEARNER + "}",
            description = "Server runs one class learner may have queued or running; past this 429 (env "
                    + "DIVELIVE_RUNS_PER_LEARNER; default ${DEFAULT-VALUE}).")
    int runsPerLearner;

    @Option(names = "--anonymous-runs", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_ANONYMOUS_RUNS:-" + ClassSettings.DEFAULT_ANONYMOUS_RUNS + "}",
            description = "Server runs all visitors who joined no class may have queued or running together (env "
                    + "DIVELIVE_ANONYMOUS_RUNS; default ${DEFAULT-VALUE}).")
    int anonymousRuns;

    @Option(names = "--admin-token", paramLabel = "TOKEN", defaultValue = "${env:DIVELIVE_ADMIN_TOKEN}",
            description = "Secret that cancels any run, deletes runs and runs classes (the instructor page); without it "
                    + "those admin actions are off. "
                    + "Prefer the env DIVELIVE_ADMIN_TOKEN: a flag shows in the process list.")
    String adminToken;

    @Option(names = "--cors-origin", paramLabel = "URL", split = ",",
            defaultValue = "${env:DIVELIVE_CORS_ORIGINS}",
            description = "Origin whose pages may call the API, e.g. the host of a static export: "
                    + "https://teacher.example.org (repeatable or comma-separated; env DIVELIVE_CORS_ORIGINS; "
                    + "default none: no CORS headers).")
    List<String> corsOrigins;

    @Option(names = "--trusted-proxy", paramLabel = "ADDR", split = ",",
            defaultValue = "${env:DIVELIVE_TRUSTED_PROXIES}",
            description = "Address or range (10.0.0.5, 10.0.0.0/8, fd00::/8) of a reverse proxy or load balancer in "
                    + "front of this server: a request it forwards counts as the client its X-Forwarded-For names, "
                    + "for every per-client limit and in the log (repeatable or comma-separated; env "
                    + "DIVELIVE_TRUSTED_PROXIES; default none: every request is its connection's address).")
    List<String> trustedProxies;

    @Option(names = "--max-downloads", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_MAX_DOWNLOADS:-" + Limits.DEFAULT_MAX_DOWNLOADS + "}",
            description = "Weight and data downloads at once (env DIVELIVE_MAX_DOWNLOADS; default ${DEFAULT-VALUE}).")
    int maxDownloads;

    @Option(names = "--max-downloads-per-client", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_MAX_DOWNLOADS_PER_CLIENT:-" + Limits.DEFAULT_MAX_DOWNLOADS_PER_CLIENT + "}",
            description = "Of those, how many one client address may hold (env DIVELIVE_MAX_DOWNLOADS_PER_CLIENT; "
                    + "default ${DEFAULT-VALUE}).")
    int maxDownloadsPerClient;

    @Option(names = "--max-event-streams", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_MAX_EVENT_STREAMS:-" + Limits.DEFAULT_MAX_EVENT_STREAMS + "}",
            description = "Live run event streams at once (env DIVELIVE_MAX_EVENT_STREAMS; default ${DEFAULT-VALUE}).")
    int maxEventStreams;

    @Option(names = "--max-event-streams-per-client", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_MAX_EVENT_STREAMS_PER_CLIENT:-"
                    + Limits.DEFAULT_MAX_EVENT_STREAMS_PER_CLIENT + "}",
            description = "Of those, how many one client address may hold; a class behind one NAT address shares it "
                    + "(env DIVELIVE_MAX_EVENT_STREAMS_PER_CLIENT; default ${DEFAULT-VALUE}).")
    int maxEventStreamsPerClient;

    @Option(names = "--max-connections-per-client", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_MAX_CONNECTIONS_PER_CLIENT:-" + Limits.DEFAULT_MAX_CONNECTIONS_PER_CLIENT
                    + "}",
            description = "Open connections one client address may hold; more are closed at once (env "
                    + "DIVELIVE_MAX_CONNECTIONS_PER_CLIENT; default ${DEFAULT-VALUE}).")
    int maxConnectionsPerClient;

    @Option(names = "--max-threads-per-client", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_MAX_THREADS_PER_CLIENT:-" + Limits.DEFAULT_MAX_THREADS_PER_CLIENT + "}",
            description = "Server threads the requests of one client address may hold at once; its others wait "
                    + "(env DIVELIVE_MAX_THREADS_PER_CLIENT; default ${DEFAULT-VALUE}).")
    int maxThreadsPerClient;

    @Option(names = "--min-data-rate", paramLabel = "BYTES",
            defaultValue = "${env:DIVELIVE_MIN_DATA_RATE:-" + Limits.DEFAULT_MIN_DATA_RATE + "}",
            description = "Bytes per second below which a request body or an API answer is cut off; event "
                    + "streams, pages and assets are exempt (env DIVELIVE_MIN_DATA_RATE; default ${DEFAULT-VALUE}).")
    long minDataRate;

    @Option(names = "--idle-timeout-seconds", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_IDLE_TIMEOUT_SECONDS:-" + Limits.DEFAULT_IDLE_TIMEOUT_SECONDS + "}",
            description = "A connection silent this long is closed (env DIVELIVE_IDLE_TIMEOUT_SECONDS; default "
                    + "${DEFAULT-VALUE}).")
    long idleTimeoutSeconds;

    @Option(names = "--body-timeout-seconds", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_BODY_TIMEOUT_SECONDS:-" + Limits.DEFAULT_BODY_TIMEOUT_SECONDS + "}",
            description = "Longest a request body may take to arrive (env DIVELIVE_BODY_TIMEOUT_SECONDS; default "
                    + "${DEFAULT-VALUE}).")
    long bodyTimeoutSeconds;

    @Override
    public Integer call() {
        ServerConfig config = config();
        LOG.info("Configuration: {}", config);
        Javalin app = App.create(config);
        try {
            app.start(port);
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException("cannot listen on port " + port + " (" + rootMessage(e)
                    + "). Is another server using it? Choose another with --port or DIVELIVE_PORT.", e);
        }
        // Ctrl-C or a plain kill: end the runs as interrupted and close the database cleanly
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "divelive-shutdown"));
        LOG.info("DiveLive is serving http://{}:{} (content: {})",
                ServerConfig.ALL_INTERFACES.equals(host) ? "localhost" : host, app.port(),
                content.describe());
        return 0;
    }

    /** The flags as a configuration, or a one-line ParameterException naming the bad one. */
    ServerConfig config() {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535, was " + port);
        }
        if (host == null || host.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--host must be an address such as 0.0.0.0 or "
                    + "127.0.0.1, was empty");
        }
        Path lessons = content.folder();
        try {
            RunSettings runs = new RunSettings(queue.database(), queue.concurrentRuns, queueLength,
                    runLimits.ceilings(), adminToken, queue.leases());
            Limits limits = runLimits.applyTo(Limits.defaults())
                    .withDownloads(maxDownloads, maxDownloadsPerClient)
                    .withEventStreams(maxEventStreams, maxEventStreamsPerClient)
                    .withConnectionsPerClient(maxConnectionsPerClient)
                    .withThreadsPerClient(maxThreadsPerClient)
                    .withMinDataRate(minDataRate)
                    .withTimeouts(Duration.ofSeconds(idleTimeoutSeconds), Duration.ofSeconds(bodyTimeoutSeconds));
            return new ServerConfig(port, host, lessons, data.settings(), runs, limits, origins(),
                    new ClassSettings(runsPerLearner, anonymousRuns),
                    TrustedProxies.parse(trustedProxies == null ? List.of() : trustedProxies));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The allowed origins, each checked: a scheme and a host, nothing after them (the browser sends exactly that). */
    private List<String> origins() {
        List<String> origins = new ArrayList<>();
        for (String text : corsOrigins == null ? List.<String>of() : corsOrigins) {
            String origin = text.trim();
            if (origin.isEmpty()) {
                continue;
            }
            URI uri;
            try {
                uri = new URI(origin);
            } catch (URISyntaxException e) {
                uri = null;
            }
            boolean valid = uri != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
            if (!valid) {
                throw new IllegalArgumentException("--cors-origin must be an origin such as https://host or "
                        + "http://host:8080 (no path, not even a final /), was '" + text + "'");
            }
            origins.add(origin);
        }
        return origins;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

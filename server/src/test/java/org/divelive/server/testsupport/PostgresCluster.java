package org.divelive.server.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.divelive.server.runs.store.Database;

/**
 * A throwaway PostgreSQL cluster from Debian's {@code postgresql} package: {@code initdb} into {@code target/},
 * {@code pg_ctl start} on 127.0.0.1 and a free port, password authentication for TCP, stopped and deleted on close.
 * PostgreSQL refuses to run as root, so as root (CI containers, this machine) it runs as the package's
 * {@code postgres} user through {@code runuser}, owning its folder; as anyone else, as that user.
 *
 * <p>Without the binaries a test fails, naming the package: a PostgreSQL test that skipped silently would pass a
 * CI that never ran it. The test classes share one cluster per JVM ({@link #shared}), each test in databases of its
 * own, so the cluster starts once.
 */
public final class PostgresCluster implements AutoCloseable {
    public static final String USER = "divelive";
    public static final String PASSWORD = "test-only-password";
    private static final Path DEBIAN_VERSIONS = Path.of("/usr/lib/postgresql");

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresCluster(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    private static PostgresCluster shared;

    /** This JVM's cluster, started on first use and stopped when the JVM ends. */
    public static synchronized PostgresCluster shared() throws IOException, InterruptedException {
        if (shared == null) {
            PostgresCluster cluster = start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    cluster.close();
                } catch (IOException | InterruptedException e) {
                    System.err.println("the test PostgreSQL did not stop: " + e);
                }
            }, "test-postgresql-stop"));
            shared = cluster;
        }
        return shared;
    }

    /** Creates and starts a cluster under {@code target/}. */
    public static PostgresCluster start() throws IOException, InterruptedException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "postgresql")), "cluster-")
                .toAbsolutePath();
        boolean root = "root".equals(System.getProperty("user.name"));
        Files.writeString(dir.resolve("password"), PASSWORD + "\n");
        PostgresCluster cluster = new PostgresCluster(bin, dir, freePort(), root);
        if (root) {
            run(List.of("chown", "-R", "postgres", dir.toString()));
        }
        cluster.pg("initdb", "-D", dir.resolve("data").toString(), "-U", USER, "--pwfile=" + dir.resolve("password"),
                "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--no-sync");
        // -F: no fsync, a test cluster need not survive a power cut; -k: its socket in its own folder
        cluster.pg("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(), "-w", "-o",
                "-h 127.0.0.1 -p " + cluster.port + " -k " + dir + " -F", "start");
        return cluster;
    }

    private static Path binaries() {
        String explicit = System.getenv("DIVELIVE_PG_BIN");
        if (explicit != null && Files.isExecutable(Path.of(explicit, "initdb"))) {
            return Path.of(explicit);
        }
        try (Stream<Path> versions = Files.isDirectory(DEBIAN_VERSIONS) ? Files.list(DEBIAN_VERSIONS)
                : Stream.empty()) {
            return versions.map(version -> version.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("the PostgreSQL tests need PostgreSQL's server "
                            + "binaries (initdb, pg_ctl), found in neither " + DEBIAN_VERSIONS + "/*/bin nor "
                            + "$DIVELIVE_PG_BIN: install Debian's package with apt-get install -y postgresql (.ci/run "
                            + "does), or point DIVELIVE_PG_BIN at a bin folder"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty database in the cluster, and its --db for DiveLive (credentials in the URL). */
    public Database createDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                USER, PASSWORD)) {
            connection.createStatement().execute("CREATE DATABASE " + name);
        }
        return Database.parse(url(name), Map.of());
    }

    /** The {@code --db} URL of a database in this cluster. */
    public String url(String name) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?user=" + USER + "&password=" + PASSWORD;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            pg("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private void pg(String program, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        run(command);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

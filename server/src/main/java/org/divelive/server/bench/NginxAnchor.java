package org.divelive.server.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * nginx serving given bytes as a file, the anchor of the page benchmark: started on loopback from a configuration
 * written into a temporary folder ({@code daemon off}, so this process owns it and stops it), with two servers over
 * the same file: one compressing each answer as it goes out ({@code gzip on}, nginx's default level 1), one sending
 * a gzip file made beforehand ({@code gzip_static on}), which is what DiveLive does.
 */
record NginxAnchor(Process process, int onTheFlyPort, int precompressedPort) implements AutoCloseable {

    /** The nginx executable: on the PATH, or Debian's /usr/sbin/nginx. */
    static Optional<Path> executable() {
        return LoadGenerator.findOnPath("nginx").or(() -> Optional.of(Path.of("/usr/sbin/nginx"))
                .filter(Files::isExecutable));
    }

    /** Serves {@code body} at {@code sitePath} (as text/html) until closed. */
    static NginxAnchor start(Path nginx, String sitePath, byte[] body) throws IOException, InterruptedException {
        // readable by all: nginx's workers run as another user (www-data) when it is started by root
        Path dir = Files.createTempDirectory("divelive-nginx",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path file = dir.resolve("root" + sitePath);
        Files.createDirectories(file.getParent());
        Files.write(file, body);
        try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file.resolveSibling(
                file.getFileName() + ".gz")))) {
            gzip.write(body);
        }
        int onTheFly = freePort();
        int precompressed = freePort();
        String temp = Files.createDirectories(dir.resolve("temp")).toString();
        String config = "daemon off;\nworker_processes auto;\npid " + dir.resolve("nginx.pid") + ";\n"
                + "error_log " + dir.resolve("error.log") + ";\nevents { worker_connections 1024; }\nhttp {\n"
                + "  access_log off;\n  default_type text/html;\n"
                + "  client_body_temp_path " + temp + "/body; proxy_temp_path " + temp + "/proxy;\n"
                + "  fastcgi_temp_path " + temp + "/fastcgi; uwsgi_temp_path " + temp + "/uwsgi;\n"
                + "  scgi_temp_path " + temp + "/scgi;\n"
                + "  server { listen 127.0.0.1:" + onTheFly + "; root " + dir.resolve("root") + "; gzip on; }\n"
                + "  server { listen 127.0.0.1:" + precompressed + "; root " + dir.resolve("root")
                + "; gzip_static on; }\n}\n";
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, config);
        Process process = new ProcessBuilder(nginx.toString(), "-c", conf.toString(), "-e",
                dir.resolve("error.log").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.log").toFile()).start();
        NginxAnchor anchor = new NginxAnchor(process, onTheFly, precompressed);
        for (int tries = 0; !anchor.listening(); tries++) {
            if (!process.isAlive() || tries > 100) {
                anchor.close();
                throw new IOException("nginx did not start: " + Files.readString(dir.resolve("output.log"))
                        + (Files.exists(dir.resolve("error.log")) ? Files.readString(dir.resolve("error.log")) : ""));
            }
            Thread.sleep(50);
        }
        return anchor;
    }

    String onTheFlyUrl(String sitePath) {
        return "http://127.0.0.1:" + onTheFlyPort + sitePath;
    }

    String precompressedUrl(String sitePath) {
        return "http://127.0.0.1:" + precompressedPort + sitePath;
    }

    private boolean listening() {
        try (Socket a = new Socket("127.0.0.1", onTheFlyPort); Socket b = new Socket("127.0.0.1", precompressedPort)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}

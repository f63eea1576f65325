package org.divelive.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: runs the site until the process is stopped. Flags override environment variables. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the course site (the default).")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:DIVELIVE_PORT:-7070}",
            description = "HTTP port (env DIVELIVE_PORT; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "${env:DIVELIVE_CONTENT}",
            description = "Lesson folder with en/ and zh/ (env DIVELIVE_CONTENT; default: the embedded course).")
    Path content;

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535, was " + port);
        }
        if (content != null && !Files.isDirectory(content)) {
            throw new ParameterException(spec.commandLine(),
                    "--content must be a folder with en/ and zh/ lesson folders, but " + content + " is not a folder");
        }
        ServerConfig config = new ServerConfig(port, content);
        Javalin app = App.create(config);
        try {
            app.start(port);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on port " + port + " (" + rootMessage(e)
                    + "). Is another server using it? Choose another with --port or DIVELIVE_PORT.", e);
        }
        LOG.info("DiveLive is serving http://localhost:{} (content: {})", app.port(),
                content == null ? "the embedded course" : content.toAbsolutePath());
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

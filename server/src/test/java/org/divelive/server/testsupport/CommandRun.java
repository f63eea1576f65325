package org.divelive.server.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;

import org.divelive.server.Main;
import picocli.CommandLine;

/** One run of a {@code divelive} subcommand as a user types it: its exit code and what it printed to each stream. */
public record CommandRun(int exitCode, String out, String err) {
    /** Runs {@code divelive COMMAND OPTIONS…} in this JVM, capturing standard output and standard error. */
    public static CommandRun of(String command, String... options) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(Stream.concat(Stream.of(command), Stream.of(options)).toArray(String[]::new));
        return new CommandRun(code, out.toString(), err.toString());
    }
}

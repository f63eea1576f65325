package org.divelive.server;

import java.util.Arrays;

import picocli.CommandLine;

/** {@code java -jar divelive.jar [serve] [--port N] [--content DIR]}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new DiveLiveCommand())
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    commandLine.getErr().println("divelive: " + e.getMessage());
                    return 1;
                });
        int exitCode = cli.execute(withDefaultCommand(args));
        // serve returns 0 with the server's threads still running; only failures end the process here
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** {@code serve} is the default: no arguments, or options only, mean {@code serve} with those options. */
    static String[] withDefaultCommand(String[] args) {
        boolean startsWithOption = args.length > 0 && args[0].startsWith("-")
                && !args[0].equals("--help") && !args[0].equals("-h") && !args[0].equals("--version");
        if (args.length == 0 || startsWithOption) {
            String[] withServe = new String[args.length + 1];
            withServe[0] = "serve";
            System.arraycopy(args, 0, withServe, 1, args.length);
            return withServe;
        }
        return Arrays.copyOf(args, args.length);
    }

    @CommandLine.Command(name = "divelive", mixinStandardHelpOptions = true, version = "DiveLive 0.1",
            description = "The DiveLive course site.", subcommands = {ServeCommand.class, BenchCommand.class})
    static final class DiveLiveCommand {
    }
}

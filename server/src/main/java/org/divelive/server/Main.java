package org.divelive.server;

import java.util.Arrays;
import java.util.OptionalInt;

import picocli.CommandLine;

/** {@code java -jar divelive.jar [serve|worker|train|bench] [options]}; {@code --help} lists them. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // a JVM without the Vector API module hands over to one with it: full speed with no flag to know
        OptionalInt child = VectorModuleLauncher.runWithVectorModule(args);
        if (child.isPresent()) {
            System.exit(child.getAsInt());
        }
        VectorModuleLauncher.endWithParent(System.getenv());
        int exitCode = commandLine().execute(withDefaultCommand(args));
        // serve returns 0 with the server's threads still running; only failures end the process here
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /**
     * The command line with DiveLive's error handling: a bad option is one line on standard error and exit code 2,
     * a failure one line and exit code 1; neither prints usage or a stack trace. Public for the end-to-end tests,
     * which run {@code export} as users do.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new DiveLiveCommand());
        SettingOptions.addTo(commandLine.getSubcommands().get("train").getCommandSpec());
        return commandLine
                .setParameterExceptionHandler((e, args) -> {
                    CommandLine command = e.getCommandLine();
                    command.getErr().println("divelive " + command.getCommandName() + ": "
                            + String.join("; ", e.getMessage().lines().toList()) + " (--help lists the options)");
                    return command.getCommandSpec().exitCodeOnInvalidInput();
                })
                .setExecutionExceptionHandler((e, command, parseResult) -> {
                    command.getErr().println("divelive: " + e.getMessage());
                    return 1;
                });
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
            description = "The DiveLive course site.",
            subcommands = {ServeCommand.class, WorkerCommand.class, TrainCommand.class, BenchCommand.class,
                    ExportCommand.class})
    static final class DiveLiveCommand {
    }
}

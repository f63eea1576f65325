package org.divelive.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.divelive.math.kernel.Compute;
import org.divelive.math.setting.Ceilings;
import org.divelive.math.setup.InvalidSetupException;
import org.divelive.math.setup.Setup;
import org.divelive.math.setup.SetupReader;
import org.divelive.server.compute.KernelSelection;
import org.divelive.server.data.DataUnavailableException;
import org.divelive.server.data.FashionMnistSource;
import org.divelive.server.runs.EpochMetrics;
import org.divelive.server.runs.RunJson;
import org.divelive.server.runs.RunOutcome;
import org.divelive.server.runs.RunStatus;
import org.divelive.server.runs.queue.RunExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code train}: one run on this machine, with the server's run code ({@link RunExecution}) and its validation, but
 * without the server's ceilings: only shared-math's own limits apply. Epochs go to standard output as a table; a
 * progress bar is redrawn on standard error when there is a terminal to redraw it on.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train one model here and now, print its epochs, and write a JSON report.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:finished", "1:failed (e.g. no Fashion-MNIST)", "2:bad options", "3:the loss diverged"})
final class TrainCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;
    static final int EXIT_DIVERGED = 3;
    @Spec
    CommandSpec spec;

    // the training settings' options are added from shared-math's Setting list (see SettingOptions)

    @Mixin
    DataOptions data;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the run's JSON report here.")
    Path out;

    @Option(names = "--weights", paramLabel = "FILE", description = "Write the trained weights here, in DiveLive's "
            + "parameter-file format (what GET /api/runs/{id}/weights serves).")
    Path weightsFile;

    @Override
    public Integer call() throws IOException {
        Setup run = setup();
        PrintWriter table = spec.commandLine().getOut();
        PrintWriter messages = spec.commandLine().getErr();
        KernelSelection.installForForeground(spec.commandLine().getErr());
        FashionMnistSource fashionMnist = new FashionMnistSource(data.settings());
        if (run.model().needsFashionMnist()) {
            try {
                fashionMnist.prepare();
            } catch (DataUnavailableException e) {
                // the run below fails with this message, and the report says so
            }
        }
        messages.println("Training " + RunJson.write(RunJson.config(run)) + " with " + Compute.kernels().name()
                + " kernels");
        messages.flush();
        table.println("epoch  train loss  train acc  test acc  seconds");
        table.flush();
        List<EpochMetrics> epochs = new ArrayList<>();
        long started = System.nanoTime();
        RunOutcome outcome = new RunExecution(run, fashionMnist::dataset)
                .run(new Printer(run, table, messages, System.console() != null, epochs), () -> false);
        double seconds = (System.nanoTime() - started) / 1e9;
        messages.println(outcome.status().word() + ": " + outcome.message());
        messages.flush();
        if (out != null) {
            Files.writeString(out, RunJson.write(report(run, outcome, epochs, seconds)));
        }
        if (weightsFile != null && outcome.weights() != null) {
            Files.write(weightsFile, outcome.weights());
        }
        return outcome.status() == RunStatus.FINISHED ? 0
                : outcome.status() == RunStatus.DIVERGED ? EXIT_DIVERGED : EXIT_FAILED;
    }

    /** The options as a run request, checked like one; every bad option in one line. */
    private Setup setup() {
        try {
            return new SetupReader(Ceilings.LIBRARY).read(SettingOptions.given(spec));
        } catch (InvalidSetupException e) {
            List<String> problems = new ArrayList<>();
            e.errors().forEach((field, message) ->
                    problems.add(SettingOptions.typed(spec, field) + ": " + message));
            throw new ParameterException(spec.commandLine(), String.join("; ", problems));
        }
    }

    private static ObjectNode report(Setup run, RunOutcome outcome, List<EpochMetrics> epochs, double seconds) {
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        json.set("config", RunJson.config(run));
        json.put("status", outcome.status().word());
        json.put("message", outcome.message());
        ArrayNode list = json.putArray("epochs");
        epochs.forEach(epoch -> list.add(RunJson.epoch(epoch)));
        EpochMetrics last = epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
        RunJson.number(json, "trainLoss", last != null ? last.trainLoss() : Double.NaN);
        RunJson.number(json, "testAccuracy", last != null ? last.testAccuracy() : Double.NaN);
        RunJson.number(json, "seconds", seconds);
        json.put("kernels", Compute.kernels().name());
        return json;
    }

    /** Prints each epoch as a table row and, on a terminal, keeps a progress bar below the table. */
    private static final class Printer implements RunExecution.Observer {
        private final Setup run;
        private final PrintWriter table;
        private final PrintWriter bar;
        private final boolean terminal;
        private final List<EpochMetrics> epochs;

        Printer(Setup run, PrintWriter table, PrintWriter bar, boolean terminal, List<EpochMetrics> epochs) {
            this.run = run;
            this.table = table;
            this.bar = bar;
            this.terminal = terminal;
            this.epochs = epochs;
        }

        @Override
        public void progress(int step, int totalSteps, int epoch, double loss) {
            if (terminal) {
                bar.print("\r" + ProgressBar.render(step, totalSteps, epoch, run.hyperparameters().epochs(), loss));
                bar.flush();
            }
        }

        @Override
        public void epoch(EpochMetrics metrics) {
            epochs.add(metrics);
            if (terminal) {
                // clear the bar's line so the row starts clean
                bar.print("\r" + " ".repeat(ProgressBar.WIDTH + 60) + "\r");
                bar.flush();
            }
            table.println(String.format(Locale.ROOT, "%5d  %10s  %9s  %8s  %7.2f", metrics.epoch(),
                    cell(metrics.trainLoss()), cell(metrics.trainAccuracy()), cell(metrics.testAccuracy()),
                    metrics.seconds()));
            table.flush();
        }

        /** Four decimals, or a dash where the figure does not apply (accuracy of a regression). */
        private static String cell(double value) {
            return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
        }
    }
}

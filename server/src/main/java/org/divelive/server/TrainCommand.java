package org.divelive.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.divelive.math.kernel.Compute;
import org.divelive.server.compute.KernelSelection;
import org.divelive.server.data.DataUnavailableException;
import org.divelive.server.data.FashionMnistSource;
import org.divelive.server.runs.EpochMetrics;
import org.divelive.server.runs.InvalidRunException;
import org.divelive.server.runs.RunCeilings;
import org.divelive.server.runs.RunExecution;
import org.divelive.server.runs.RunJson;
import org.divelive.server.runs.RunOutcome;
import org.divelive.server.runs.RunSpec;
import org.divelive.server.runs.RunSpecParser;
import org.divelive.server.runs.RunStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
    /** The request field each option sets, so a field's error names the option the user typed. */
    private static final Map<String, String> OPTION_OF_FIELD = Map.of("model", "--model", "hidden", "--hidden",
            "activation", "--activation", "lr", "--lr", "batchSize", "--batch-size", "epochs", "--epochs",
            "weightDecay", "--weight-decay", "seed", "--seed", "trainSubset", "--train-subset");

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "linreg, softmax or mlp.")
    String model;

    @Option(names = "--hidden", split = ",", paramLabel = "UNITS",
            description = "Hidden layer sizes of the mlp, e.g. 256 or 256,128 (default 256).")
    List<Integer> hidden;

    @Option(names = "--activation", paramLabel = "NAME", description = "relu, sigmoid or tanh, for the mlp (default "
            + "relu).")
    String activation;

    @Option(names = "--lr", paramLabel = "RATE", description = "Learning rate (default 0.1; linreg 0.03).")
    Double learningRate;

    @Option(names = "--batch-size", paramLabel = "B", description = "Minibatch size (default 256; linreg 10).")
    Integer batchSize;

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the training data (default 10; linreg "
            + "3).")
    Integer epochs;

    @Option(names = "--weight-decay", paramLabel = "LAMBDA", description = "L2 weight decay (default 0).")
    Double weightDecay;

    @Option(names = "--seed", paramLabel = "SEED", description = "Seeds the data subset, weights and shuffles "
            + "(default 42).")
    Long seed;

    @Option(names = "--train-subset", paramLabel = "N", description = "Train on N random images of the 60,000 "
            + "(default all).")
    Integer trainSubset;

    @Mixin
    DataOptions data;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the run's JSON report here.")
    Path out;

    @Option(names = "--weights", paramLabel = "FILE", description = "Write the trained weights here, in DiveLive's "
            + "parameter-file format (what GET /api/runs/{id}/weights serves).")
    Path weightsFile;

    @Override
    public Integer call() throws IOException {
        RunSpec run = spec();
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
    private RunSpec spec() {
        ObjectNode request = RunJson.MAPPER.createObjectNode();
        request.put("model", model);
        if (hidden != null) {
            hidden.forEach(request.putArray("hidden")::add);
        }
        if (activation != null) {
            request.put("activation", activation);
        }
        if (learningRate != null) {
            request.put("lr", learningRate);
        }
        if (batchSize != null) {
            request.put("batchSize", batchSize);
        }
        if (epochs != null) {
            request.put("epochs", epochs);
        }
        if (weightDecay != null) {
            request.put("weightDecay", weightDecay);
        }
        if (seed != null) {
            request.put("seed", seed);
        }
        if (trainSubset != null) {
            request.put("trainSubset", trainSubset);
        }
        try {
            return new RunSpecParser(RunCeilings.LIBRARY).parse(request);
        } catch (InvalidRunException e) {
            List<String> problems = new ArrayList<>();
            e.errors().forEach((field, message) ->
                    problems.add(OPTION_OF_FIELD.getOrDefault(field, field) + ": " + message));
            throw new ParameterException(spec.commandLine(), String.join("; ", problems));
        }
    }

    private static ObjectNode report(RunSpec run, RunOutcome outcome, List<EpochMetrics> epochs, double seconds) {
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        json.set("config", RunJson.config(run));
        json.put("status", outcome.status().word());
        json.put("message", outcome.message());
        ArrayNode list = json.putArray("epochs");
        epochs.forEach(epoch -> list.add(RunJson.epoch(epoch)));
        EpochMetrics last = epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
        RunJson.number(json, "trainLoss", last != null ? last.trainLoss() : Double.NaN);
        RunJson.number(json, "testAcc", last != null ? last.testAccuracy() : Double.NaN);
        RunJson.number(json, "seconds", seconds);
        json.put("kernels", Compute.kernels().name());
        return json;
    }

    /** Prints each epoch as a table row and, on a terminal, keeps a progress bar below the table. */
    private static final class Printer implements RunExecution.Observer {
        private final RunSpec run;
        private final PrintWriter table;
        private final PrintWriter bar;
        private final boolean terminal;
        private final List<EpochMetrics> epochs;

        Printer(RunSpec run, PrintWriter table, PrintWriter bar, boolean terminal, List<EpochMetrics> epochs) {
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

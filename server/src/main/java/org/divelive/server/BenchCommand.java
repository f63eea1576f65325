package org.divelive.server;

import java.util.concurrent.Callable;

import org.divelive.server.bench.TrainingBenchmark;
import org.divelive.server.compute.KernelSelection;
import org.divelive.server.data.FashionMnistSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench}: seconds per epoch and test accuracy of softmax regression and the MLP on Fashion-MNIST. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time softmax regression and the MLP on the full Fashion-MNIST (book recipes).")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "10",
            description = "Epochs per model, at least 5 for a meaningful median (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "all",
            description = "softmax, mlp or all (default ${DEFAULT-VALUE}).")
    String model;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws InterruptedException {
        if (epochs < 1 || epochs > 1000) {
            throw new ParameterException(spec.commandLine(), "--epochs must be from 1 to 1000, was " + epochs);
        }
        if (!model.equals("softmax") && !model.equals("mlp") && !model.equals("all")) {
            throw new ParameterException(spec.commandLine(), "--model must be softmax, mlp or all, was " + model);
        }
        KernelSelection.installForForeground(spec.commandLine().getErr());
        FashionMnistSource fashionMnist = new FashionMnistSource(data.settings());
        fashionMnist.prepare();
        new TrainingBenchmark(fashionMnist.dataset(), data.settings().locator().find(), epochs,
                spec.commandLine().getOut()).run(model);
        return 0;
    }
}

package org.divelive.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import org.divelive.math.setting.Ceilings;
import org.divelive.server.limits.Limits;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code serve} and {@code worker} take the same run limit flags, declared once, with the same meaning. */
class RunLimitOptionsTest {
    private static final String[] FLAGS = {"--max-epochs", "7", "--max-hidden-units", "64", "--max-hidden-layers", "2",
            "--max-train-subset", "5000", "--max-batch-size", "128", "--max-run-work", "5000", "--max-run-seconds",
            "60", "--max-run-weights", "1000", "--max-stored-weights", "2000", "--min-free-disk", "3000"};

    @Test
    void serveAndWorkerReadEveryRunLimitFlagAlike() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(FLAGS);
        WorkerCommand worker = new WorkerCommand();
        new CommandLine(worker).parseArgs(FLAGS);

        Ceilings ceilings = Ceilings.server(7, 64, 2, 5000, 128);
        assertEquals(ceilings, serve.config().runs().ceilings());
        assertEquals(ceilings, worker.runLimits.ceilings());
        Limits limits = Limits.defaults().withRunWork(5000).withRunTime(Duration.ofSeconds(60))
                .withWeights(1000, 2000, 3000);
        assertEquals(limits, serve.config().limits());
        assertEquals(limits, worker.runLimits.applyTo(Limits.defaults()));
    }

    @Test
    void aBadRunLimitOnAWorkerIsOneLineNamingTheFlagAndExitCode2() {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("worker", "--db", "jdbc:postgresql://127.0.0.1:1/none", "--max-run-work", "0");
        assertEquals(2, code);
        assertTrue(err.toString().contains("--max-run-work") && err.toString().contains("was 0"), err.toString());
    }
}

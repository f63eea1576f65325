package org.divelive.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.divelive.math.io.ParameterFile;
import org.divelive.server.testsupport.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code divelive train}: its table, its JSON report, its weights and its exit codes, on the real Fashion-MNIST. */
class TrainCommandTest {
    @TempDir
    Path dir;

    @Test
    void aSoftmaxRunPrintsOneRowPerEpochAndWritesItsReport() throws Exception {
        Path report = dir.resolve("run.json");
        CommandRun result = CommandRun.of("train",
                "--model", "softmax", "--train-subset", "2000", "--epochs", "2", "--batch-size", "100",
                "--out", report.toString());
        assertEquals(0, result.exitCode(), result.err());
        List<String> table = result.out().lines().toList();
        assertEquals(List.of("epoch  train loss  train acc  test acc  seconds"), table.subList(0, 1));
        assertEquals(3, table.size(), result.out());
        assertTrue(table.get(2).startsWith("    2  "), table.get(2));
        assertTrue(result.err().lines().anyMatch(line -> line.startsWith("finished: trained 2 epochs")), result.err());

        JsonNode json = new ObjectMapper().readTree(Files.readString(report));
        assertEquals("finished", json.get("status").asText());
        assertEquals("softmax", json.at("/config/model").asText());
        assertEquals(2000, json.at("/config/trainSubset").asInt());
        assertEquals(2, json.get("epochs").size());
        for (String field : List.of("epoch", "trainLoss", "trainAccuracy", "testAccuracy", "seconds")) {
            assertTrue(json.at("/epochs/1/" + field).isNumber(), field);
        }
        assertEquals(json.at("/epochs/1/testAccuracy").asDouble(), json.get("testAccuracy").asDouble());
        assertTrue(json.get("testAccuracy").asDouble() > 0.6, json.toString());
    }

    @Test
    void theWeightsGoToAParameterFileThePageCanLoad() throws Exception {
        Path weights = dir.resolve("linreg.dlpf");
        CommandRun result = CommandRun.of("train", "--model", "linreg", "--weights", weights.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().lines().skip(1).allMatch(row -> row.contains(" -  ")), "no accuracy for regression");
        List<ParameterFile.Tensor> tensors = ParameterFile.read(Files.readAllBytes(weights));
        assertEquals(List.of("w", "b"), tensors.stream().map(ParameterFile.Tensor::name).toList());
    }

    @Test
    void theMlpsInitialisationIsAnOptionLikeEveryOtherSetting() throws Exception {
        Path report = dir.resolve("xavier.json");
        CommandRun result = CommandRun.of("train",
                "--model", "mlp", "--init", "xavier", "--hidden", "16", "--train-subset", "500",
                "--epochs", "1", "--batch-size", "100", "--out", report.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("xavier", new ObjectMapper().readTree(Files.readString(report)).at("/config/init").asText());
        CommandRun unknown = CommandRun.of("train", "--model", "mlp", "--init", "he");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("init must be one of normal, xavier, was he"), unknown.err());
    }

    @Test
    void aDivergingRunExitsWith3AndSaysSoInItsReport() throws Exception {
        Path report = dir.resolve("diverged.json");
        CommandRun result = CommandRun.of("train",
                "--model", "mlp", "--lr", "10", "--train-subset", "2000", "--epochs", "1",
                "--batch-size", "100", "--out", report.toString());
        assertEquals(3, result.exitCode(), result.err());
        JsonNode json = new ObjectMapper().readTree(Files.readString(report));
        assertEquals("diverged", json.get("status").asText());
        assertTrue(json.get("message").asText().startsWith("the loss diverged at step "), json.toString());
    }

    @Test
    void badOptionsAreOneLineAndExitCode2() {
        CommandRun invalid = CommandRun.of("train", "--model", "mlp", "--lr", "-1", "--epochs", "0");
        assertEquals(2, invalid.exitCode());
        assertEquals(List.of("divelive train: --lr: learningRate must be a finite number > 0, was -1; --epochs: "
                + "epochs must be an integer from 1 to 10000, was 0 (--help lists the options)"),
                invalid.err().lines().toList());

        for (String[] options : List.of(new String[] {}, new String[] {"--model", "mlp", "--epochs", "many"},
                new String[] {"--model", "mlp", "--colour", "red"}, new String[] {"--model", "linreg", "--hidden", "8"})) {
            CommandRun result = CommandRun.of("train", options);
            assertEquals(2, result.exitCode(), String.join(" ", options));
            assertEquals(1, result.err().lines().count(), result.err());
            assertTrue(result.err().startsWith("divelive train: "), result.err());
            assertFalse(result.err().contains("Usage"), result.err());
        }
        assertTrue(CommandRun.of("train").err().contains("Missing required option: '--model=MODEL'"));
    }
}

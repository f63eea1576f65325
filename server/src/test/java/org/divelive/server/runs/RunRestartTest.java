package org.divelive.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.data.FashionMnistLocator;
import org.divelive.server.testsupport.Api;
import org.divelive.server.testsupport.Api.Event;
import org.divelive.server.testsupport.ChildJvm;
import org.divelive.server.testsupport.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What a restart keeps: every run; and what it makes of runs the old process could not finish. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class RunRestartTest {
    private static final Pattern SERVING = Pattern.compile("DiveLive is serving http://localhost:(\\d+)");

    @TempDir
    Path dir;

    private Javalin start() {
        return App.create(TestConfigs.server(dir)).start(0);
    }

    @Test
    void aRestartOnTheSameDatabaseListsEveryRunAndAStoppedServerInterruptsItsRuns() {
        Javalin before = start();
        Api api = new Api(before.port());
        long finished = api.create("{\"model\": \"linreg\"}").get("id").asLong();
        api.awaitStatus(finished, "finished");
        long stopped = api.create("{\"model\": \"mlp\", \"epochs\": 50}").get("id").asLong();
        api.awaitStatus(stopped, "running");
        before.stop();

        Javalin after = start();
        try {
            api = new Api(after.port());
            JsonNode list = Api.json(api.get("/api/runs"));
            assertEquals(2, list.get("total").asInt());
            assertEquals(List.of(stopped, finished), List.of(list.at("/runs/0/id").asLong(),
                    list.at("/runs/1/id").asLong()));

            JsonNode interrupted = api.run(stopped);
            assertEquals("interrupted", interrupted.get("status").asText());
            assertTrue(interrupted.get("message").asText().startsWith("the server stopped during this run: "),
                    interrupted.toString());

            JsonNode kept = api.run(finished);
            assertEquals("finished", kept.get("status").asText());
            assertEquals(3, kept.get("epochs").size());
            assertEquals(200, api.getBytes("/api/runs/" + finished + "/weights").statusCode());
            List<Event> story = api.events(finished).untilEnd();
            assertEquals(List.of("started", "epoch", "epoch", "epoch", "end"),
                    story.stream().map(Event::name).toList());
        } finally {
            after.stop();
        }
    }

    @Test
    void aRunWhoseProcessIsKilledIsInterruptedAfterTheRestart() throws Exception {
        Path database = TestConfigs.database(dir);
        ChildJvm child = ChildJvm.start("child", SERVING, "serve", "--port", "0", "--db", database.toString(),
                "--data", FashionMnistLocator.DEBIAN.toString(), "--data-url", TestConfigs.unreachable().toString());
        long id;
        try {
            Api api = new Api(Integer.parseInt(child.ready().group(1)));
            id = api.create("{\"model\": \"mlp\", \"epochs\": 50}").get("id").asLong();
            api.awaitRun(id, run -> run.get("status").asText().equals("running") && run.get("epochsDone").asInt() > 0);
        } finally {
            child.kill();
        }

        Javalin after = start();
        try {
            JsonNode run = new Api(after.port()).run(id);
            assertEquals("interrupted", run.get("status").asText());
            assertEquals("the server stopped during this run; start a new one to train again",
                    run.get("message").asText());
            assertTrue(run.get("epochs").size() >= 1, "the epochs it finished are kept");
        } finally {
            after.stop();
        }
    }
}

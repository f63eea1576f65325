package org.divelive.server.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.classes.api.ClassRoutes;
import org.divelive.server.ServerConfig;
import org.divelive.server.runs.api.RunRoutes;
import org.divelive.server.testsupport.Api;
import org.divelive.server.testsupport.TestConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class mode over real HTTP, with the test course's assignment (softmax on 2,000 real Fashion-MNIST images, two
 * epochs): classes, joining, verification by a server re-run, fairness, and a restart in the middle of it.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ClassModeApiTest {
    static final String ADMIN = "test-admin-token";
    private static final String AUTH = "Authorization";

    @TempDir
    Path dir;

    private Javalin app;
    private Api api;

    static Path course() {
        try {
            return Path.of(ClassModeApiTest.class.getResource("/class-course").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ServerConfig config(ClassSettings classes) {
        ServerConfig base = TestConfigs.server(dir);
        return base.withContentDir(course()).withRuns(base.runs().withAdminToken(ADMIN)).withClasses(classes);
    }

    private void start(ClassSettings classes) {
        app = App.create(config(classes)).start(0);
        api = new Api(app.port());
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private JsonNode createClass(String name) {
        HttpResponse<String> created = api.post("/api/classes", "{\"name\": \"" + name + "\"}", AUTH,
                "Bearer " + ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        return Api.json(created);
    }

    private JsonNode join(String code, String name) {
        HttpResponse<String> joined = api.post("/api/classes/" + code + "/learners", "{\"name\": \"" + name + "\"}");
        assertEquals(201, joined.statusCode(), joined.body());
        return Api.json(joined);
    }

    private JsonNode submit(String token, String setup) {
        HttpResponse<String> submitted = api.post("/api/assignments/quick-softmax/submissions", setup, AUTH,
                "Bearer " + token);
        assertEquals(202, submitted.statusCode(), submitted.body());
        return Api.json(submitted);
    }

    private JsonNode awaitJudged(String token, long submission) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            JsonNode now = Api.json(api.get("/api/submissions/" + submission, AUTH, "Bearer " + token));
            String status = now.get("status").asText();
            if (status.equals("passed") || status.equals("failed")) {
                return now;
            }
            assertTrue(status.equals("queued") || status.equals("verifying"), now.toString());
            Api.pause();
        }
        return fail("submission " + submission + " was not judged within 90 s");
    }

    @Test
    void anInstructorCreatesAClassTwoLearnersSubmitAndTheServerVerifiesOnePassAndOneFail() {
        start(ClassSettings.defaults());
        assertEquals(401, api.post("/api/classes", "{\"name\": \"x\"}").statusCode());
        assertEquals(401, api.post("/api/classes", "{\"name\": \"x\"}", AUTH, "Bearer wrong").statusCode());
        JsonNode schoolClass = createClass("Deep learning, autumn");
        String code = schoolClass.get("joinCode").asText();
        assertEquals("/join/" + code, schoolClass.get("joinUrl").asText());

        JsonNode ada = join(code, "Ada <b>&amp;</b>");
        JsonNode alan = join(code, "Alan");
        assertEquals("Ada <b>&amp;</b>", ada.at("/learner/name").asText());
        assertTrue(ada.get("recoveryCode").asText().matches("[2-9A-Z]{5}-[2-9A-Z]{5}"), ada.toString());
        HttpResponse<String> twice = api.post("/api/classes/" + code + "/learners", "{\"name\": \"Alan\"}");
        assertEquals(409, twice.statusCode());
        assertTrue(Api.json(twice).at("/errors/name").asText().contains("taken"), twice.body());
        assertEquals(404, api.post("/api/classes/NOPE2345/learners", "{\"name\": \"Eve\"}").statusCode());

        String adaToken = ada.get("learnerToken").asText();
        String alanToken = alan.get("learnerToken").asText();
        JsonNode good = submit(adaToken, "{\"learningRate\": \"0.1\"}");
        JsonNode poor = submit(alanToken, "{\"learningRate\": 0.00001, \"epochs\": 2}");
        assertEquals("queued", good.get("status").asText());

        JsonNode passed = awaitJudged(adaToken, good.get("id").asLong());
        JsonNode failed = awaitJudged(alanToken, poor.get("id").asLong());
        assertEquals("passed", passed.get("status").asText(), passed.toString());
        assertTrue(passed.get("testAccuracy").asDouble() >= 0.6, passed.toString());
        assertEquals("failed", failed.get("status").asText(), failed.toString());
        assertTrue(failed.get("testAccuracy").asDouble() < 0.6, failed.toString());
        assertTrue(failed.get("message").asText().contains("misses the target testAccuracy >= 0.6"), failed.toString());
        // the verified figures are the verification run's own
        JsonNode run = api.run(Long.parseLong(passed.get("run").asText().replace("/api/runs/", "")));
        assertEquals(passed.get("testAccuracy").asDouble(), run.at("/epochs/1/testAccuracy").asDouble());
        assertEquals(2000, run.at("/config/trainSubset").asInt());

        JsonNode mine = Api.json(api.get("/api/assignments/quick-softmax/submissions", AUTH, "Bearer " + adaToken));
        assertEquals(good.get("id").asLong(), mine.at("/best/id").asLong());

        long classId = schoolClass.get("id").asLong();
        assertEquals(401, api.get("/api/classes/" + classId + "/progress").statusCode());
        assertEquals(401, api.get("/api/classes/" + classId + "/progress", AUTH, "Bearer " + adaToken)
                .statusCode());
        JsonNode progress = Api.json(api.get("/api/classes/" + classId + "/progress", AUTH, "Bearer " + ADMIN));
        assertEquals(2, progress.get("learners").size());
        assertEquals("Ada <b>&amp;</b>", progress.at("/learners/0/name").asText());
        assertEquals("passed", progress.at("/learners/0/assignments/quick-softmax/status").asText());
        assertEquals("failed", progress.at("/learners/1/assignments/quick-softmax/status").asText());
        assertEquals(2, progress.get("submissions").size());
        String csv = api.get("/api/classes/" + classId + "/progress.csv", AUTH, "Bearer " + ADMIN).body();
        assertTrue(csv.startsWith("Learner,Joined,Server runs,\"A class's softmax assignment: done\","), csv);
        assertTrue(csv.contains("Softmax regression past 0.6: best verified test accuracy"), csv);
        assertTrue(csv.contains("\"Ada <b>&amp;</b>\"") || csv.contains("Ada <b>&amp;</b>,"), csv);
        assertTrue(csv.contains(",passed,"), csv);
        // in the dashboard's language: the words are Chinese, a title the course has only in English stays English
        String chinese = api.get("/api/classes/" + classId + "/progress.csv?lang=zh", AUTH, "Bearer " + ADMIN)
                .body();
        assertTrue(chinese.startsWith("学员,加入时间,服务器训练次数,\"A class's softmax assignment：已完成\","), chinese);
        assertTrue(chinese.contains(",通过,") && chinese.contains(",未通过,"), chinese);
        HttpResponse<String> unknown = api.get("/api/classes/" + classId + "/progress.csv?lang=fr", AUTH,
                "Bearer " + ADMIN);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("lang must be en or zh"), unknown.body());
    }

    @Test
    void theDashboardNamesTheSettingsAndTheTargetInThePagesLanguage() {
        start(ClassSettings.defaults());
        String chinese = api.get("/zh/instructor/classes/1").body();
        assertTrue(chinese.contains("&quot;learningRate&quot;:&quot;学习率 η&quot;"), chinese);
        assertFalse(chinese.contains("&quot;model&quot;"), "a word setting is no axis: " + chinese);
        assertTrue(api.get("/instructor/classes/1").body().contains("&quot;batchSize&quot;:&quot;Batch size&quot;"));
        JsonNode assignment = Api.json(api.get("/api/classes/" + createClass("Targets").get("id").asLong()
                + "/progress", AUTH, "Bearer " + ADMIN)).get("assignments").get(0);
        assertEquals("testAccuracy >= 0.6", assignment.get("metric").asText() + " "
                + assignment.get("comparison").asText() + " " + assignment.get("threshold").asText());
    }

    @Test
    void aClassOf300AnswersItsProgressAndCsvInOneRequestEach() {
        start(ClassSettings.defaults());
        JsonNode schoolClass = createClass("Lecture hall");
        for (int i = 0; i < 300; i++) {
            join(schoolClass.get("joinCode").asText(), "Learner " + i);
        }
        String path = "/api/classes/" + schoolClass.get("id").asLong() + "/progress";
        JsonNode progress = Api.json(api.get(path, AUTH, "Bearer " + ADMIN));
        assertEquals(300, progress.get("learners").size());
        String csv = api.get(path + ".csv", AUTH, "Bearer " + ADMIN).body();
        assertEquals(301, csv.split("\r\n").length, "a header and one row per learner");
    }

    @Test
    void aForgedOrLockBreakingSubmissionIsRefusedNamingTheField() {
        start(ClassSettings.defaults());
        String token = join(createClass("Forgers").get("joinCode").asText(), "Mallory").get("learnerToken").asText();
        String path = "/api/assignments/quick-softmax/submissions";

        HttpResponse<String> claimed = api.post(path, "{\"testAccuracy\": 0.99, \"status\": \"passed\"}", AUTH,
                "Bearer " + token);
        assertEquals(400, claimed.statusCode(), claimed.body());
        assertTrue(Api.json(claimed).at("/errors/testAccuracy").asText().startsWith("unknown field testAccuracy"),
                claimed.body());

        HttpResponse<String> moreEpochs = api.post(path, "{\"learningRate\": 0.1, \"epochs\": 3}", AUTH,
                "Bearer " + token);
        assertEquals(400, moreEpochs.statusCode(), moreEpochs.body());
        assertTrue(Api.json(moreEpochs).at("/errors/epochs").asText().contains("in assignment quick-softmax"),
                moreEpochs.body());

        HttpResponse<String> otherSeed = api.post(path, "{\"learningRate\": 0.1, \"seed\": 7}", AUTH,
                "Bearer " + token);
        assertEquals(400, otherSeed.statusCode(), otherSeed.body());
        assertEquals("seed is locked to 42 in assignment quick-softmax, was 7",
                Api.json(otherSeed).at("/errors/seed").asText());

        HttpResponse<String> otherModel = api.post(path, "{\"model\": \"mlp\"}", AUTH, "Bearer " + token);
        assertEquals(400, otherModel.statusCode(), otherModel.body());

        assertEquals(401, api.post(path, "{\"learningRate\": 0.1}").statusCode());
        assertEquals(401, api.post(path, "{\"learningRate\": 0.1}", AUTH, "Bearer 1.forged").statusCode());
        assertEquals(404, api.post("/api/assignments/none/submissions", "{}", AUTH, "Bearer " + token).statusCode());
        JsonNode runs = Api.json(api.get("/api/runs"));
        assertEquals(0, runs.get("total").asInt(), "nothing refused reached the queue: " + runs);
    }

    @Test
    void aLearnerMayHaveOneServerRunAtATimeAndAnonymousVisitorsShareTheirPool() {
        start(new ClassSettings(1, 1));
        String token = join(createClass("Fair").get("joinCode").asText(), "Grace").get("learnerToken").asText();
        String longRun = "{\"model\": \"mlp\", \"epochs\": 50}";
        JsonNode first = Api.json(api.post("/api/runs", longRun, AUTH, "Bearer " + token));
        HttpResponse<String> second = api.post("/api/runs", longRun, AUTH, "Bearer " + token);
        assertEquals(429, second.statusCode(), second.body());
        assertNotNull(second.headers().firstValue("Retry-After").orElse(null));
        assertTrue(Api.json(second).get("error").asText().startsWith("Each learner may have 1 server run queued or "
                + "running at a time, and run " + first.get("id").asLong() + " is still going"), second.body());

        JsonNode anonymous = api.create(longRun);
        HttpResponse<String> another = api.post("/api/runs", longRun);
        assertEquals(429, another.statusCode(), another.body());
        assertTrue(Api.json(another).get("error").asText().contains("have not joined a class"), another.body());
        assertEquals(401, api.post("/api/runs", longRun, AUTH, "Bearer 99.nobody").statusCode());

        // a verification is no ordinary run: it waits ahead of them and counts against no pool
        JsonNode submission = submit(token, "{\"learningRate\": 0.1}");
        long verificationRun = Long.parseLong(submission.get("run").asText().replace("/api/runs/", ""));
        api.awaitStatus(first.get("id").asLong(), "running");
        assertEquals(1, api.run(verificationRun).get("queuePosition").asInt());
        assertEquals(2, api.run(anonymous.get("id").asLong()).get("queuePosition").asInt());

        JsonNode progress = Api.json(api.get("/api/classes/1/progress", AUTH, "Bearer " + ADMIN));
        assertEquals(1, progress.at("/learners/0/runs").asInt());
        api.post("/api/runs/" + first.get("id").asLong() + "/cancel", "", AUTH, "Bearer " + ADMIN);
        assertEquals("passed", awaitJudged(token, submission.get("id").asLong()).get("status").asText());
        api.post("/api/runs/" + anonymous.get("id").asLong() + "/cancel", "", AUTH, "Bearer " + ADMIN);
    }

    @Test
    void aVerificationTheServerStoppedBeforeFinishingIsQueuedAgainAtTheNextStart() {
        start(ClassSettings.defaults());
        String code = createClass("Restart").get("joinCode").asText();
        JsonNode learner = join(code, "Barbara");
        String token = learner.get("learnerToken").asText();
        // an ordinary run keeps the only worker busy, so the verification is still waiting when the server stops
        JsonNode blocker = api.create("{\"model\": \"mlp\", \"epochs\": 50}");
        api.awaitStatus(blocker.get("id").asLong(), "running");
        JsonNode submission = submit(token, "{\"learningRate\": 0.1}");
        app.stop();

        start(ClassSettings.defaults());
        assertEquals("passed", awaitJudged(token, submission.get("id").asLong()).get("status").asText());
        assertEquals("interrupted", api.run(blocker.get("id").asLong()).get("status").asText());
    }

    @Test
    void aLearnerContinuesOnAnotherDeviceWithTheRecoveryCodeAndTheFirstDeviceStaysSignedIn() {
        start(ClassSettings.defaults());
        String code = createClass("Devices").get("joinCode").asText();
        JsonNode joined = join(code, "Katherine");
        String recovery = joined.get("recoveryCode").asText().toLowerCase().replace("-", "");
        HttpResponse<String> wrong = api.post("/api/classes/" + code + "/recover",
                "{\"name\": \"Katherine\", \"recoveryCode\": \"AAAAA-AAAAA\"}");
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> recovered = api.post("/api/classes/" + code + "/recover",
                "{\"name\": \"Katherine\", \"recoveryCode\": \"" + recovery + "\"}");
        assertEquals(200, recovered.statusCode(), recovered.body());
        String token = Api.json(recovered).get("learnerToken").asText();
        assertEquals(0, Api.json(recovered).get("signedOut").asInt());
        String first = joined.get("learnerToken").asText();
        assertEquals(200, api.get("/api/learner", AUTH, "Bearer " + first).statusCode(), "both devices work");
        assertEquals(200, api.get("/api/learner", AUTH, "Bearer " + token).statusCode());

        assertEquals(200, api.send("PUT", "/api/learner/lessons/class-softmax", "{\"done\": true}", AUTH,
                "Bearer " + token).statusCode());
        api.post("/api/learner/attempts", "{\"lesson\": \"class-softmax\", \"exercise\": \"exercise-30\", "
                + "\"right\": false}", AUTH, "Bearer " + token);
        JsonNode attempt = Api.json(api.post("/api/learner/attempts", "{\"lesson\": \"class-softmax\", "
                + "\"exercise\": \"exercise-30\", \"right\": true}", AUTH, "Bearer " + token));
        assertEquals(2, attempt.get("tries").asInt());
        JsonNode me = Api.json(api.get("/api/learner", AUTH, "Bearer " + token));
        assertTrue(me.at("/done/class-softmax").asBoolean(), me.toString());
        assertTrue(me.at("/attempts/0/solved").asBoolean(), me.toString());

        // the most devices at once: one more signs out the oldest, the one that joined, and says so
        int signedOut = 0;
        for (int device = 2; device <= ClassRoutes.MAX_DEVICES; device++) {
            signedOut += Api.json(api.post("/api/classes/" + code + "/recover", "{\"name\": \"Katherine\", "
                    + "\"recoveryCode\": \"" + recovery + "\"}")).get("signedOut").asInt();
        }
        assertEquals(1, signedOut);
        assertEquals(401, api.get("/api/learner", AUTH, "Bearer " + first).statusCode());
        assertEquals(200, api.get("/api/learner", AUTH, "Bearer " + token).statusCode());

        long classId = 1;
        JsonNode progress = Api.json(api.get("/api/classes/" + classId + "/progress", AUTH, "Bearer " + ADMIN));
        assertTrue(progress.at("/learners/0/lessons/class-softmax/done").asBoolean(), progress.toString());
        assertEquals(1, progress.at("/learners/0/lessons/class-softmax/solved").asInt());

        assertEquals(200, api.send("PATCH", "/api/classes/" + classId, "{\"closed\": true, \"name\": \"Renamed\"}",
                AUTH, "Bearer " + ADMIN).statusCode());
        assertEquals(409, api.post("/api/classes/" + code + "/learners", "{\"name\": \"Late\"}").statusCode());
        assertEquals(409, api.post("/api/assignments/quick-softmax/submissions", "{}", AUTH, "Bearer " + token)
                .statusCode());
        assertEquals(204, api.delete("/api/classes/" + classId, AUTH, "Bearer " + ADMIN).statusCode());
        assertEquals(401, api.get("/api/learner", AUTH, "Bearer " + token).statusCode());
        assertFalse(Api.json(api.get("/api/classes", AUTH, "Bearer " + ADMIN)).get("classes").elements().hasNext());
    }

    @Test
    void recoveryCodesCannotBeGuessedByTryingTheyAreRefusedAfterTenWrongOnes() {
        start(ClassSettings.defaults());
        String code = createClass("Guessing").get("joinCode").asText();
        join(code, "Alan");
        String wrong = "{\"name\": \"Alan\", \"recoveryCode\": \"AAAAA-AAAAA\"}";
        for (int i = 0; i < ClassRoutes.WRONG_RECOVERIES_PER_MINUTE; i++) {
            assertEquals(401, api.post("/api/classes/" + code + "/recover", wrong).statusCode());
        }
        HttpResponse<String> refused = api.post("/api/classes/" + code + "/recover", wrong);
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        assertTrue(Api.json(refused).get("error").asText().contains("wrong recovery codes"), refused.body());
    }

    @Test
    void wrongAdminTokensAreRefusedAfterTenAndTheRunApiCountsThemToo() {
        start(ClassSettings.defaults());
        for (int i = 0; i < RunRoutes.WRONG_TOKENS_PER_MINUTE; i++) {
            assertEquals(401, api.get("/api/classes", AUTH, "Bearer wrong-admin-token-" + i).statusCode());
        }
        HttpResponse<String> refused = api.get("/api/classes", AUTH, "Bearer " + ADMIN);
        assertEquals(429, refused.statusCode(), "even the right token waits now: " + refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        assertTrue(Api.json(refused).get("error").asText().contains("10 wrong tokens within a minute; try again in"),
                refused.body());
        // one allowance per client for the whole server: guessing cannot move on to the run API's admin actions
        assertEquals(429, api.delete("/api/runs/1", AUTH, "Bearer " + ADMIN).statusCode());
    }
}

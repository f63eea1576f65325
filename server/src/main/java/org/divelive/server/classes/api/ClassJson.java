package org.divelive.server.classes.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.divelive.server.classes.Learner;
import org.divelive.server.classes.SchoolClass;
import org.divelive.server.classes.StoredSubmission;
import org.divelive.server.runs.RunJson;

/** How class mode's records are written in API answers; secrets never are, except once on creation. */
final class ClassJson {
    private ClassJson() {
    }

    static ObjectNode schoolClass(SchoolClass schoolClass) {
        ObjectNode json = RunJson.MAPPER.createObjectNode().put("id", schoolClass.id()).put("name", schoolClass.name())
                .put("joinCode", schoolClass.joinCode()).put("joinUrl", schoolClass.joinPath())
                .put("closed", schoolClass.closed());
        RunJson.instant(json, "createdAt", schoolClass.createdAt());
        return json;
    }

    static ObjectNode learner(Learner learner) {
        ObjectNode json = RunJson.MAPPER.createObjectNode().put("id", learner.id()).put("name", learner.name());
        RunJson.instant(json, "joinedAt", learner.joinedAt());
        return json;
    }

    static ObjectNode submission(StoredSubmission submission) {
        ObjectNode json = RunJson.MAPPER.createObjectNode().put("id", submission.id())
                .put("assignment", submission.assignment()).put("status", submission.status().word())
                .put("message", submission.message());
        json.set("config", read(submission.config()));
        // a null string is written as JSON null: no run yet
        json.put("run", submission.runId() > 0 ? "/api/runs/" + submission.runId() : null);
        RunJson.number(json, "trainLoss", submission.trainLoss());
        RunJson.number(json, "trainAccuracy", submission.trainAccuracy());
        RunJson.number(json, "testLoss", submission.testLoss());
        RunJson.number(json, "testAccuracy", submission.testAccuracy());
        RunJson.instant(json, "createdAt", submission.createdAt());
        RunJson.instant(json, "finishedAt", submission.finishedAt());
        json.put("url", "/api/submissions/" + submission.id());
        return json;
    }

    static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return RunJson.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored config is not JSON: " + json, e);
        }
    }
}

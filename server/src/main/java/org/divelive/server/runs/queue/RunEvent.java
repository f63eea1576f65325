package org.divelive.server.runs.queue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.divelive.math.setup.Setup;
import org.divelive.server.runs.RunJson;
import org.divelive.server.runs.RunStatus;

/**
 * One Server-Sent Event of a run. The lasting ones (started, each epoch, the end) are numbered 1, 2, 3, … in the
 * order they happened, so a stream replays exactly the ones a subscriber has not seen; step progress is fleeting and
 * has no number (id 0).
 *
 * @param name the SSE event name: {@code started}, {@code epoch}, {@code progress} or {@code end}
 * @param data its JSON
 */
public record RunEvent(long id, String name, String data) {
    public static final String STARTED = "started";
    public static final String EPOCH = "epoch";
    public static final String PROGRESS = "progress";
    public static final String END = "end";

    public boolean isEnd() {
        return END.equals(name);
    }

    /** Numbered and kept, as opposed to progress. */
    public boolean lasting() {
        return id > 0;
    }

    static ObjectNode started(Setup spec) {
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        json.put("status", RunStatus.RUNNING.word());
        json.put("examples", spec.trainSubset());
        json.put("epochs", spec.hyperparameters().epochs());
        json.put("steps", spec.totalSteps());
        return json;
    }

    static ObjectNode progress(int step, int totalSteps, int epoch, double loss) {
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        json.put("step", step);
        json.put("steps", totalSteps);
        json.put("epoch", epoch);
        RunJson.number(json, "loss", loss);
        json.put("fraction", (double) step / totalSteps);
        return json;
    }

    static ObjectNode end(RunStatus status, String message) {
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        json.put("status", status.word());
        json.put("message", message);
        return json;
    }
}

package org.divelive.server.classes.api;

import static org.divelive.server.runs.api.ApiRequests.body;
import static org.divelive.server.runs.api.ApiResponses.api;
import static org.divelive.server.runs.api.ApiResponses.respond;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.divelive.server.classes.CourseAssignments;
import org.divelive.server.classes.Learner;
import org.divelive.server.classes.SchoolClass;
import org.divelive.server.classes.StoredSubmission;
import org.divelive.server.classes.Verification;
import org.divelive.server.classes.store.ClassStore;
import org.divelive.server.lessons.Assignment;
import org.divelive.server.lessons.AssignmentTarget;
import org.divelive.server.runs.RunJson;
import org.divelive.server.runs.api.ApiError;

/**
 * The course's assignments ({@code GET /api/assignments}) and a learner's submissions to them: a submission is a setup
 * only, which the server verifies by training it again (see {@link Verification}).
 */
public record AssignmentRoutes(CourseAssignments assignments, Verification verification, ClassStore store,
        Access access) {

    public void register(RoutesConfig routes) {
        routes.get("/api/assignments", api(this::list));
        routes.post("/api/assignments/{id}/submissions", api(this::submit));
        routes.get("/api/assignments/{id}/submissions", api(this::mine));
        routes.get("/api/submissions/{id}", api(this::show));
    }

    private void list(Context ctx) {
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        ArrayNode list = json.putArray("assignments");
        for (CourseAssignments.Entry entry : assignments.all()) {
            Assignment assignment = entry.primary();
            ObjectNode item = list.addObject();
            item.put("id", entry.id());
            item.put("lesson", entry.slug());
            item.set("title", RunJson.MAPPER.valueToTree(entry.titles()));
            item.put("widget", assignment.widget());
            item.put("model", assignment.model().word());
            ObjectNode locked = item.putObject("locked");
            assignment.locked().forEach(locked::put);
            ObjectNode target = item.putObject("target");
            target.put("metric", assignment.target().metric());
            target.put("comparison", assignment.target().comparison());
            target.put("threshold", assignment.target().threshold());
            ObjectNode ceilings = item.putObject("ceilings");
            ceilings.put("epochs", assignment.ceilings().maxEpochs());
            ceilings.put("hidden", assignment.ceilings().maxHiddenUnits());
            ceilings.put("layers", assignment.ceilings().maxHiddenLayers());
            ceilings.put("trainSubset", assignment.ceilings().maxTrainSubset());
            ceilings.put("batchSize", assignment.ceilings().maxBatchSize());
            item.put("submissions", "/api/assignments/" + entry.id() + "/submissions");
        }
        respond(ctx, 200, json);
    }

    private void submit(Context ctx) throws IOException {
        Learner learner = access.requireLearner(ctx, "submitting");
        CourseAssignments.Entry entry = entry(ctx);
        SchoolClass schoolClass = store.findClass(learner.classId()).orElseThrow();
        if (schoolClass.closed()) {
            throw new ApiError(409, "the class " + schoolClass.name() + " is closed: it takes no more submissions");
        }
        StoredSubmission submission = verification.submit(learner, entry, body(ctx));
        ctx.header("Location", "/api/submissions/" + submission.id());
        respond(ctx, 202, ClassJson.submission(submission));
    }

    /** The learner's submissions to this assignment, oldest first, and the best verified one. */
    private void mine(Context ctx) {
        Learner learner = access.requireLearner(ctx, "reading your submissions");
        CourseAssignments.Entry entry = entry(ctx);
        List<StoredSubmission> submissions = store.submissions(learner.id(), entry.id());
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        ArrayNode list = json.putArray("submissions");
        submissions.forEach(submission -> list.add(ClassJson.submission(submission)));
        AssignmentTarget target = entry.primary().target();
        StoredSubmission best = null;
        for (StoredSubmission submission : submissions) {
            double value = ProgressReport.figure(submission, target);
            if (!Double.isNaN(value) && (best == null || target.better(value, ProgressReport.figure(best, target)))) {
                best = submission;
            }
        }
        if (best == null) {
            json.putNull("best");
        } else {
            json.set("best", ClassJson.submission(best));
        }
        respond(ctx, 200, json);
    }

    private void show(Context ctx) {
        Learner learner = access.requireLearner(ctx, "reading a submission");
        String text = ctx.pathParam("id");
        StoredSubmission submission;
        try {
            submission = store.findSubmission(Long.parseLong(text)).filter(s -> s.learnerId() == learner.id())
                    .orElse(null);
        } catch (NumberFormatException e) {
            submission = null;
        }
        if (submission == null) {
            throw new ApiError(404, "you have no submission " + text);
        }
        respond(ctx, 200, ClassJson.submission(submission));
    }

    private CourseAssignments.Entry entry(Context ctx) {
        String id = ctx.pathParam("id");
        return assignments.find(id).orElseThrow(() -> new ApiError(404, "there is no assignment " + id
                + "; GET /api/assignments lists them"));
    }
}

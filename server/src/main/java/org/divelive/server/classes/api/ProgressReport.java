package org.divelive.server.classes.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.divelive.server.classes.ClassWords;
import org.divelive.server.classes.CourseAssignments;
import org.divelive.server.classes.Learner;
import org.divelive.server.classes.SchoolClass;
import org.divelive.server.classes.StoredSubmission;
import org.divelive.server.classes.store.ClassStore;
import org.divelive.server.lessons.AssignmentTarget;
import org.divelive.server.pages.Labels;
import org.divelive.server.runs.RunJson;

/**
 * A class's progress in one answer, for the dashboard and its CSV: learners × lessons (done, exercises solved),
 * assignments (latest status, best verified figure, how many submissions) and every submission with its settings
 * (the scatter). A handful of queries per call, whatever the class's size: no query per learner.
 */
public record ProgressReport(ClassStore store, CourseAssignments assignments) {

    /** One learner's standing in one assignment. */
    record Standing(String status, int submissions, double best) {
    }

    ObjectNode json(SchoolClass schoolClass) {
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        json.set("class", ClassJson.schoolClass(schoolClass));
        List<CourseAssignments.LessonColumn> lessons = assignments.lessons();
        List<CourseAssignments.Entry> entries = assignments.all();
        ArrayNode lessonList = json.putArray("lessons");
        // "title" is the English one; "titles" has it per language, for a dashboard in Chinese
        lessons.forEach(lesson -> lessonList.addObject().put("slug", lesson.slug()).put("title", lesson.title())
                .put("exercises", lesson.exercises()).set("titles", RunJson.MAPPER.valueToTree(lesson.titles())));
        ArrayNode assignmentList = json.putArray("assignments");
        entries.forEach(entry -> assignmentList.addObject().put("id", entry.id()).put("lesson", entry.slug())
                .put("title", entry.primary().title()).put("target", entry.primary().target().toString())
                .put("metric", entry.primary().target().metric())
                .put("comparison", entry.primary().target().comparison())
                .put("threshold", entry.primary().target().threshold())
                .set("titles", RunJson.MAPPER.valueToTree(entry.titles())));

        Map<Long, Map<String, Boolean>> marks = store.classMarks(schoolClass.id());
        Map<Long, List<ClassStore.Attempt>> attempts = store.classAttempts(schoolClass.id());
        Map<Long, Integer> runs = store.classRunCounts(schoolClass.id());
        List<StoredSubmission> submissions = store.classSubmissions(schoolClass.id());
        ArrayNode learners = json.putArray("learners");
        for (Learner learner : store.learners(schoolClass.id())) {
            ObjectNode row = ClassJson.learner(learner);
            learners.add(row);
            row.put("runs", runs.getOrDefault(learner.id(), 0));
            ObjectNode byLesson = row.putObject("lessons");
            Map<String, Boolean> done = marks.getOrDefault(learner.id(), Map.of());
            Map<String, int[]> solved = solvedAndTried(attempts.getOrDefault(learner.id(), List.of()));
            for (CourseAssignments.LessonColumn lesson : lessons) {
                int[] counts = solved.getOrDefault(lesson.slug(), new int[2]);
                byLesson.putObject(lesson.slug()).put("done", done.getOrDefault(lesson.slug(), false))
                        .put("solved", counts[0]).put("tried", counts[1]);
            }
            ObjectNode byAssignment = row.putObject("assignments");
            standings(learner.id(), submissions, entries).forEach((id, standing) -> {
                ObjectNode cell = byAssignment.putObject(id).put("status", standing.status())
                        .put("submissions", standing.submissions());
                RunJson.number(cell, "best", standing.best());
            });
        }
        ArrayNode all = json.putArray("submissions");
        submissions.forEach(submission -> all.add(ClassJson.submission(submission).put("learner",
                submission.learnerId())));
        return json;
    }

    /** Per lesson: exercises solved and exercises tried. */
    private static Map<String, int[]> solvedAndTried(List<ClassStore.Attempt> attempts) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (ClassStore.Attempt attempt : attempts) {
            int[] pair = counts.computeIfAbsent(attempt.slug(), slug -> new int[2]);
            pair[0] += attempt.solved() ? 1 : 0;
            pair[1]++;
        }
        return counts;
    }

    /** Per assignment the learner submitted to: the latest status, the count and the best verified figure. */
    static Map<String, Standing> standings(long learnerId, List<StoredSubmission> submissions,
            List<CourseAssignments.Entry> entries) {
        Map<String, Standing> standings = new LinkedHashMap<>();
        for (CourseAssignments.Entry entry : entries) {
            AssignmentTarget target = entry.primary().target();
            String status = null;
            int count = 0;
            double best = Double.NaN;
            for (StoredSubmission submission : submissions) {
                if (submission.learnerId() != learnerId || !submission.assignment().equals(entry.id())) {
                    continue;
                }
                count++;
                status = submission.status().word();
                double value = figure(submission, target);
                if (!Double.isNaN(value) && (Double.isNaN(best) || target.better(value, best))) {
                    best = value;
                }
            }
            if (count > 0) {
                standings.put(entry.id(), new Standing(status, count, best));
            }
        }
        return standings;
    }

    /** The submission's figure that {@code target} judges: NaN before its run has measured it. */
    static double figure(StoredSubmission submission, AssignmentTarget target) {
        return target.measured(submission.trainLoss(), submission.trainAccuracy(), submission.testLoss(),
                submission.testAccuracy());
    }

    /**
     * One row per learner, headed and worded in {@code language} (lesson and assignment titles as that language's
     * lessons give them); a spreadsheet reads a cell starting with =, +, − or @ as a formula, so those are quoted.
     */
    String csv(SchoolClass schoolClass, Labels language) {
        ClassWords words = ClassWords.of(language);
        List<CourseAssignments.LessonColumn> lessons = assignments.lessons();
        List<CourseAssignments.Entry> entries = assignments.all();
        List<String> header = new ArrayList<>(List.of(words.get("columnLearner"), words.get("csvJoined"),
                words.get("columnServerRuns")));
        lessons.forEach(lesson -> {
            String title = inLanguage(lesson.titles(), language, lesson.title());
            header.add(words.get("csvDone", "lesson", title));
            header.add(words.get("csvSolved", "lesson", title));
        });
        entries.forEach(entry -> {
            String title = inLanguage(entry.titles(), language, entry.primary().title());
            header.add(words.get("csvStatus", "assignment", title));
            header.add(words.get("csvBest", "assignment", title, "metric",
                    words.get("metric." + entry.primary().target().metric())));
            header.add(words.get("csvSubmissions", "assignment", title));
        });
        StringBuilder out = new StringBuilder();
        line(out, header);
        Map<Long, Map<String, Boolean>> marks = store.classMarks(schoolClass.id());
        Map<Long, List<ClassStore.Attempt>> attempts = store.classAttempts(schoolClass.id());
        Map<Long, Integer> runs = store.classRunCounts(schoolClass.id());
        List<StoredSubmission> submissions = store.classSubmissions(schoolClass.id());
        for (Learner learner : store.learners(schoolClass.id())) {
            List<String> row = new ArrayList<>(List.of(learner.name(), learner.joinedAt().toString(),
                    Integer.toString(runs.getOrDefault(learner.id(), 0))));
            Map<String, Boolean> done = marks.getOrDefault(learner.id(), Map.of());
            Map<String, int[]> solved = solvedAndTried(attempts.getOrDefault(learner.id(), List.of()));
            for (CourseAssignments.LessonColumn lesson : lessons) {
                row.add(words.get(done.getOrDefault(lesson.slug(), false) ? "yes" : "no"));
                row.add(solved.getOrDefault(lesson.slug(), new int[2])[0] + "/" + lesson.exercises());
            }
            Map<String, Standing> standings = standings(learner.id(), submissions, entries);
            for (CourseAssignments.Entry entry : entries) {
                Standing standing = standings.get(entry.id());
                row.add(standing == null ? "" : words.get("status." + standing.status()));
                row.add(standing == null || Double.isNaN(standing.best()) ? "" : Double.toString(standing.best()));
                row.add(standing == null ? "0" : Integer.toString(standing.submissions()));
            }
            line(out, row);
        }
        return out.toString();
    }

    /** A title in the reader's language, or the English one where that language's lessons have none. */
    private static String inLanguage(Map<String, String> titles, Labels language, String english) {
        return titles.getOrDefault(language.language(), english);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            out.append(i > 0 ? "," : "");
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("'")) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }
}

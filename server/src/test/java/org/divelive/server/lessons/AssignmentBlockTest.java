package org.divelive.server.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.divelive.math.setting.TrainedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assignment blocks in lesson text: what they declare, how they render, and what a malformed one says. */
class AssignmentBlockTest {
    private static final String BLOCK = String.join("\n", "```assignment",
            "id: quick",
            "widget: mlp-train",
            "title: An <em>MLP</em>",
            "lock: epochs=2; learningRate=0.10; hidden=64,32",
            "start: activation=tanh",
            "target: testAccuracy >= 0.8",
            "ceilings: trainSubset=2000; layers=2",
            "---",
            "Choose well.",
            "```", "");

    @TempDir
    Path sources;

    private Lesson render(String body) {
        return new LessonRenderer(new CodeRegions(sources), List.of("mlp-train")).render("en", "test", "en/01-test.md",
                "---\ntitle: Test\norder: 1\n---\n\n" + body);
    }

    private String problem(String body) {
        return assertThrows(BrokenLessonException.class, () -> render(body)).getMessage();
    }

    @Test
    void anAssignmentDeclaresItsLocksTargetAndCeilingsAndRendersTheWidgetWithLockedFields() {
        Lesson lesson = render("Intro.\n\n" + BLOCK);
        Assignment assignment = lesson.assignments().get(0);
        assertEquals("quick", assignment.id());
        assertEquals(TrainedModel.MLP, assignment.model());
        assertEquals(Map.of("epochs", "2", "learningRate", "0.1", "hidden", "64,32"), assignment.locked());
        assertEquals("testAccuracy >= 0.8", assignment.target().toString());
        assertTrue(assignment.target().met(0.8) && !assignment.target().met(0.79));
        assertEquals(2000, assignment.ceilings().maxTrainSubset());
        String html = lesson.html();
        assertTrue(html.contains("data-assignment=\"quick\""), html);
        assertTrue(html.contains("An &lt;em&gt;MLP&lt;/em&gt;"), html);
        assertTrue(html.contains("data-widget=\"mlp-train\""), html);
        assertTrue(html.contains("data-epochs=\"2\"") && html.contains("data-lr=\"0.1\"")
                && html.contains("data-hidden=\"64,32\"") && html.contains("data-activation=\"tanh\""), html);
        assertTrue(html.contains("data-lock=\""), html);
        assertTrue(html.contains("class=\"assignment-submit\""), html);
        assertFalse(html.contains("```"), html);
    }

    @Test
    void malformedAssignmentsAreBrokenLessonsNamingTheFileLineAndWhatToFix() {
        assertEquals("en/01-test.md, line 6: an assignment needs a 'target:' line",
                problem("```assignment\nid: a\nwidget: mlp-train\ntitle: T\n---\nx\n```\n"));
        assertEquals("en/01-test.md, line 10: unknown target metric accuracy; one of testAccuracy, trainAccuracy, "
                + "testLoss, trainLoss", problem("```assignment\nid: a\nwidget: mlp-train\ntitle: T\n"
                + "target: accuracy > 1\n---\nx\n```\n"));
        assertTrue(problem("```assignment\nid: a\nwidget: sgd-linreg\ntitle: T\ntarget: testLoss < 1\n---\nx\n```\n")
                .startsWith("en/01-test.md, line 8: an assignment trains one of the widgets mlp-train, "
                        + "softmax-train"));
        String badLock = problem("```assignment\nid: a\nwidget: softmax-train\ntitle: T\ntarget: testLoss < 1\n"
                + "lock: learningRate=-1\n---\nx\n```\n");
        assertTrue(badLock.startsWith("en/01-test.md, line 11: learningRate must be"), badLock);
        String overCeiling = problem("```assignment\nid: a\nwidget: softmax-train\ntitle: T\ntarget: testLoss < 1\n"
                + "lock: epochs=20\nceilings: epochs=10\n---\nx\n```\n");
        assertTrue(overCeiling.contains("in assignment a"), overCeiling);
        assertEquals("en/01-test.md, line 6: an assignment needs '---' and the task in words after its lines",
                problem("```assignment\nid: a\nwidget: mlp-train\ntitle: T\ntarget: testLoss < 1\n```\n"));
        assertTrue(problem(BLOCK + "\n" + BLOCK).contains("already has an assignment quick"));
        assertTrue(problem("```assignment\nid: A b\nwidget: mlp-train\ntitle: T\ntarget: testLoss < 1\n---\nx\n```\n")
                .contains("line 7: an assignment id is lower-case"));
    }
}

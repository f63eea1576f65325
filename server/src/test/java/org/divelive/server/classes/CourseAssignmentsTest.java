package org.divelive.server.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.divelive.server.App;
import org.divelive.server.EmbeddedFiles;
import org.divelive.server.lessons.Assignment;
import org.junit.jupiter.api.Test;

/**
 * The embedded course's assignments: one in the softmax lesson and one in the MLP lesson, declared alike in both
 * languages, with the book's recipe locked where it matters and thresholds below the book's results (softmax ≈ 0.83,
 * MLP ≈ 0.845–0.85 after ten epochs on all 60,000 images).
 */
class CourseAssignmentsTest {
    private final CourseAssignments assignments = new CourseAssignments(
            App.catalog(EmbeddedFiles.content()));

    @Test
    void theSoftmaxAndMlpLessonsEachHaveAnAssignmentDeclaredAlikeInBothLanguages() {
        Map<String, String> lessons = Map.of("softmax-learning-rate", "softmax-scratch", "mlp-hidden-and-rate",
                "mlp-scratch");
        List<CourseAssignments.Entry> all = assignments.all();
        assertEquals(lessons.keySet(), Map.copyOf(all.stream().collect(java.util.stream.Collectors.toMap(
                CourseAssignments.Entry::id, CourseAssignments.Entry::slug))).keySet());
        for (CourseAssignments.Entry entry : all) {
            assertEquals(lessons.get(entry.id()), entry.slug());
            Assignment en = entry.byLanguage().get("en");
            Assignment zh = entry.byLanguage().get("zh");
            assertEquals(en.locked(), zh.locked(), entry.id());
            assertEquals(en.start(), zh.start(), entry.id());
            assertEquals(en.target(), zh.target(), entry.id());
            assertEquals(en.ceilings().maxEpochs(), zh.ceilings().maxEpochs(), entry.id());
            assertEquals("10", en.locked().get("epochs"));
            assertEquals("60000", en.locked().get("trainSubset"));
            assertEquals("42", en.locked().get("seed"));
            assertEquals("testAccuracy", en.target().metric());
            assertTrue(en.target().threshold() < (entry.id().startsWith("mlp") ? 0.845 : 0.83), entry.id());
        }
    }
}

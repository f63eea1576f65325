package org.divelive.server.classes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.divelive.server.lessons.Assignment;
import org.divelive.server.lessons.Lesson;
import org.divelive.server.lessons.LessonCatalog;

/**
 * The assignments the course's lessons declare, read from the lessons as they are now (an edited lesson's assignment
 * changes with it). An id names one assignment in every language; the English lesson's block is the one verified,
 * the Chinese one (same id) gives its title in Chinese.
 */
public final class CourseAssignments {
    private final LessonCatalog catalog;

    public CourseAssignments(LessonCatalog catalog) {
        this.catalog = catalog;
    }

    /** One assignment: the lesson it sits in and its block in each language that has it. */
    public record Entry(String id, String slug, Map<String, Assignment> byLanguage) {
        /** The block that is verified: English if there is one. */
        public Assignment primary() {
            return byLanguage.getOrDefault("en", byLanguage.values().iterator().next());
        }

        /** Its title in each language that has it. */
        public Map<String, String> titles() {
            Map<String, String> titles = new LinkedHashMap<>();
            byLanguage.forEach((language, block) -> titles.put(language, block.title()));
            return titles;
        }
    }

    public List<Entry> all() {
        Map<String, String> slugs = new LinkedHashMap<>();
        Map<String, Map<String, Assignment>> found = new LinkedHashMap<>();
        for (String language : List.of("en", "zh")) {
            for (Lesson lesson : catalog.list(language)) {
                for (Assignment assignment : lesson.assignments()) {
                    slugs.putIfAbsent(assignment.id(), lesson.slug());
                    found.computeIfAbsent(assignment.id(), id -> new LinkedHashMap<>()).put(language, assignment);
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        found.forEach((id, byLanguage) -> entries.add(new Entry(id, slugs.get(id), Map.copyOf(byLanguage))));
        return entries;
    }

    public Optional<Entry> find(String id) {
        return all().stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    /**
     * The course's lessons in English order (the dashboard's columns): slug, title, its title in each language that
     * has the lesson, and how many exercises.
     */
    public List<LessonColumn> lessons() {
        List<LessonColumn> columns = new ArrayList<>();
        for (Lesson lesson : catalog.list("en")) {
            Map<String, String> titles = new LinkedHashMap<>();
            for (String language : List.of("en", "zh")) {
                catalog.find(language, lesson.slug()).ifPresent(translated -> titles.put(language, translated.title()));
            }
            columns.add(new LessonColumn(lesson.slug(), lesson.title(), Map.copyOf(titles),
                    lesson.html().split("data-exercise=\"", -1).length - 1));
        }
        return columns;
    }

    public record LessonColumn(String slug, String title, Map<String, String> titles, int exercises) {
    }
}

package org.divelive.server.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.divelive.server.pages.Labels;
import org.divelive.server.pages.Pages;

/**
 * The course as pages: a function from (language, lesson) to HTML, with the site's links decided by {@link Pages}.
 * The server calls it per request; the static export calls it for every lesson.
 */
public record CoursePages(LessonCatalog catalog, Pages pages) {
    /** The site path of the search index, which the page's search fetches. */
    public static final String SEARCH_INDEX = "/search-index.json";

    public String index(Labels labels) {
        return pages.index(labels, catalog.list(labels.language()));
    }

    /**
     * The lesson page, or empty when there is no such lesson.
     *
     * @throws BrokenLessonException when its file cannot be rendered
     */
    public Optional<String> lesson(Labels labels, String slug) {
        Optional<Lesson> found = catalog.find(labels.language(), slug);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Lesson> course = catalog.list(labels.language());
        int at = -1;
        for (int i = 0; i < course.size(); i++) {
            if (course.get(i).slug().equals(slug)) {
                at = i;
            }
        }
        Optional<Lesson> previous = at > 0 ? Optional.of(course.get(at - 1)) : Optional.empty();
        Optional<Lesson> next = at >= 0 && at + 1 < course.size() ? Optional.of(course.get(at + 1)) : Optional.empty();
        return Optional.of(pages.lesson(labels, found.get(), previous, next,
                translation(labels.other().language(), slug)));
    }

    /** The same lesson in the other language, unless it is missing or broken (then the switch goes to the index). */
    private Optional<Lesson> translation(String language, String slug) {
        try {
            return catalog.find(language, slug);
        } catch (BrokenLessonException e) {
            return Optional.empty();
        }
    }

    /** Every lesson in both languages, for the page's search; URLs as the search index's own address sees them. */
    public List<Map<String, Object>> searchIndex() {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Labels labels : List.of(Labels.EN, Labels.ZH)) {
            for (Lesson lesson : catalog.list(labels.language())) {
                entries.add(Map.of("language", labels.language(),
                        "url", pages.links().link(SEARCH_INDEX, labels.lessonPath(lesson.slug())),
                        "title", lesson.title(), "sections", lesson.sections(), "text", lesson.text()));
            }
        }
        return entries;
    }
}

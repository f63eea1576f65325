package org.divelive.server.lessons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lessons of a content folder laid out as {@code <root>/<language>/<nn>-<slug>.md}. A lesson is rendered once and
 * kept until its file changes (size or modification time) or {@link #forget} is told it changed, so edits show on the
 * next load without a restart.
 *
 * <p>Safety: a request never becomes a path. Slugs and languages are checked against fixed patterns and looked up
 * among the files actually listed in the folder, so {@code ..}, encoded or not, and absolute paths find nothing.
 */
public final class LessonCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(LessonCatalog.class);
    public static final Set<String> LANGUAGES = Set.of("en", "zh");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{1,3})-(" + SLUG.pattern() + ")\\.md");

    private final Path root;
    private final LessonRenderer renderer;
    private final ConcurrentMap<Path, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(FileTime modified, long size, Lesson lesson) {
    }

    public LessonCatalog(Path root, LessonRenderer renderer) {
        this.root = root;
        this.renderer = renderer;
    }

    /**
     * A figure of the course, {@code <root>/figures/<name>}, or empty when there is none. As with slugs, the name must
     * match the figures' pattern and is looked up among the files actually in the folder.
     */
    public Optional<Path> figure(String name) {
        if (name == null || !LessonFigures.FILE_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path folder = root.resolve(LessonFigures.FOLDER);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().equals(name)).filter(Files::isRegularFile)
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the figures in " + folder, e);
        }
    }

    /**
     * Drops what was rendered from this file, or from every file when {@code file} is null: for the
     * {@link ContentWatch}, which sees an edit that keeps the file's size within the clock's resolution.
     */
    public void forget(Path file) {
        if (file == null) {
            cache.clear();
        } else {
            cache.remove(file);
        }
    }

    /** The lessons of one language in course order; a broken file is logged and left out of the list. */
    public List<Lesson> list(String language) {
        return list(language, false);
    }

    /**
     * The same, but a broken file fails the whole list: for the static export, which must not leave a lesson out.
     *
     * @throws BrokenLessonException naming the file and line of the first broken lesson
     */
    public List<Lesson> listAll(String language) {
        return list(language, true);
    }

    private List<Lesson> list(String language, boolean strict) {
        List<Lesson> lessons = new ArrayList<>();
        for (Path file : files(language)) {
            Matcher name = FILE_NAME.matcher(file.getFileName().toString());
            name.matches();
            try {
                lessons.add(load(language, name.group(2), file));
            } catch (BrokenLessonException e) {
                if (strict) {
                    throw e;
                }
                LOG.warn("Lesson left out of the index: {}", e.getMessage());
            }
        }
        lessons.sort(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::slug));
        return lessons;
    }

    /**
     * The lesson with this slug, or empty when there is none (including every malformed or hostile slug).
     *
     * @throws BrokenLessonException when the file exists but cannot be rendered
     */
    public Optional<Lesson> find(String language, String slug) {
        if (!LANGUAGES.contains(language) || slug == null || !SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        for (Path file : files(language)) {
            Matcher name = FILE_NAME.matcher(file.getFileName().toString());
            if (name.matches() && name.group(2).equals(slug)) {
                return Optional.of(load(language, slug, file));
            }
        }
        return Optional.empty();
    }

    private List<Path> files(String language) {
        if (!LANGUAGES.contains(language)) {
            return List.of();
        }
        Path folder = root.resolve(language);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches())
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the lessons in " + folder, e);
        }
    }

    private Lesson load(String language, String slug, Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            Cached cached = cache.get(file);
            if (cached != null && cached.modified().equals(modified) && cached.size() == size) {
                return cached.lesson();
            }
            String markdown = Files.readString(file, StandardCharsets.UTF_8);
            Lesson lesson = renderer.render(language, slug, language + "/" + file.getFileName(), markdown);
            for (String figure : lesson.figures()) {
                if (figure(figure).isEmpty()) {
                    throw new BrokenLessonException(lesson.fileName() + ": the figure " + LessonFigures.FOLDER + "/"
                            + figure + " is not in the folder " + LessonFigures.FOLDER + "/ beside "
                            + language + "/; add the file or correct its name");
                }
            }
            cache.put(file, new Cached(modified, size, lesson));
            return lesson;
        } catch (IOException e) {
            throw new BrokenLessonException(language + "/" + file.getFileName() + ": cannot be read ("
                    + e.getMessage() + ")", e);
        }
    }
}

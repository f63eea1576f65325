package org.divelive.server.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.FashionMnistPacket;
import org.divelive.math.data.TrainTestSplit;
import org.divelive.server.data.PacketSizes;
import org.divelive.server.lessons.BrokenLessonException;
import org.divelive.server.lessons.CoursePages;
import org.divelive.server.lessons.Lesson;
import org.divelive.server.lessons.LessonCatalog;
import org.divelive.server.pages.AssetNames;
import org.divelive.server.pages.AssetVersions;
import org.divelive.server.pages.Labels;
import org.divelive.server.pages.Pages;
import org.divelive.server.pages.SiteFolders;
import org.divelive.server.pages.SiteLinks;

/**
 * The whole course as static files for any web host: the server's own pages composed with relative links
 * ({@link SiteLinks#staticExport}), the search index, our styles and scripts, KaTeX and Chart.js, the TeaVM bundles,
 * an instructor's {@code figures/} and the Fashion-MNIST packets the widgets fetch, gzip-compressed as the server
 * sends them (the page unpacks them itself, since a plain file server does not mark them as compressed).
 *
 * @param content      a content folder laid out like {@code content/} ({@code en/}, {@code zh/}, optionally
 *                     {@code figures/})
 * @param apiUrl       the server the exported pages call for "Train on server", or null to hide those controls
 * @param fashionMnist the data set; asked for only after the lessons have all rendered
 */
public record StaticExport(Path content, String apiUrl, Supplier<TrainTestSplit> fashionMnist) {
    /** Marks a folder as an earlier export, which a new export may replace. */
    static final String MARKER = ".divelive-export";

    /** What an export wrote. */
    public record Summary(int englishLessons, int chineseLessons, int files, long bytes) {
    }

    /**
     * Writes the export into {@code out}, which must be missing, empty or an earlier export (then it is replaced).
     *
     * @throws BrokenLessonException naming the file and line of the first lesson that cannot be rendered; nothing is
     *                               written then
     */
    public Summary write(LessonCatalog catalog, Path out) throws IOException {
        if (!Files.isDirectory(content.resolve("en"))) {
            throw new IllegalArgumentException(content + " is not a lesson folder: it needs an en/ folder of lessons "
                    + "named like en/01-linear-regression.md (and zh/ for the Chinese ones)");
        }
        // every lesson renders before anything is written: a broken file fails the export, naming file and line
        List<Lesson> english = catalog.listAll("en");
        List<Lesson> chinese = catalog.listAll("zh");
        if (english.isEmpty()) {
            throw new IllegalArgumentException(content.resolve("en") + " holds no lessons: a lesson file is named "
                    + "like 01-linear-regression.md");
        }
        prepare(out);
        FileWriter files = new FileWriter(out);
        AssetVersions assets = AssetVersions.load();
        Pages pages = new Pages(assets, SiteLinks.staticExport(apiUrl, PacketSizes.ALL));
        CoursePages course = new CoursePages(catalog, pages);
        for (Labels labels : List.of(Labels.EN, Labels.ZH)) {
            files.text(labels.indexPath(), course.index(labels));
            for (Lesson lesson : labels == Labels.EN ? english : chinese) {
                files.text(labels.lessonPath(lesson.slug()), course.lesson(labels, lesson.slug()).orElseThrow());
            }
        }
        files.bytes(CoursePages.SEARCH_INDEX, new ObjectMapper().writeValueAsBytes(course.searchIndex()));
        for (SiteFolders folder : SiteFolders.values()) {
            files.classpathFolder(folder.resource(), folder.sitePath());
        }
        // the pages link our files by fingerprinted names (AssetNames): those copies beside the plain ones
        for (var named : pages.names().handedOut().entrySet()) {
            files.classpathFile(AssetNames.resource(named.getKey()).orElseThrow(), named.getValue());
        }
        for (String sitePath : assets.pageFiles()) {
            files.classpathFile(SiteFolders.webjarResource(sitePath), sitePath);
        }
        // a webjar has no entries for its folders, so the fonts are found beside the styles that load them
        String styles = assets.katexStyles();
        files.classpathFolderBeside(SiteFolders.webjarResource(styles), AssetVersions.KATEX_FONTS,
                styles.substring(0, styles.lastIndexOf('/') + 1) + AssetVersions.KATEX_FONTS + "/");
        Path figures = content.resolve("figures");
        if (Files.isDirectory(figures)) {
            files.folder(figures, "/figures/");
        }
        TrainTestSplit data = fashionMnist.get();
        packets(files, "train", data.train());
        packets(files, "test", data.test());
        files.bytes("/" + MARKER, "A DiveLive static export: the next export into this folder replaces it.\n"
                .getBytes(StandardCharsets.UTF_8));
        return new Summary(english.size(), chinese.size(), files.count, files.bytes);
    }

    /** The packets a page asks for, as {@code data/fashion-mnist/<split>-<count>.dlfm.gz}. */
    private static void packets(FileWriter files, String split, Dataset set) throws IOException {
        for (int size : PacketSizes.of(set.size())) {
            Path file = files.target("/data/fashion-mnist/" + split + "-" + size + ".dlfm.gz");
            // gzip's default level, as the server compresses them on the wire
            try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
                gzip.write(FashionMnistPacket.write(set, size));
            }
            files.counted(file);
        }
    }

    /** The folder must be new, empty or an earlier export; an earlier export is removed first. */
    private static void prepare(Path out) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a file, not a folder");
        }
        if (Files.isDirectory(out)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(out)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(out.resolve(MARKER))) {
                throw new IllegalArgumentException("--out " + out + " is not empty and not an earlier export; "
                        + "choose a new folder or empty this one");
            }
            try (Stream<Path> entries = Files.walk(out)) {
                for (Path p : entries.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(out)).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(out);
    }

    /** Writes files at their export names and counts them. */
    private static final class FileWriter {
        private final Path out;
        int count;
        long bytes;

        FileWriter(Path out) {
            this.out = out;
        }

        /** The file that holds a page's site path ({@code /lessons/x} → {@code lessons/x.html}), its folder made. */
        Path page(String sitePath) throws IOException {
            return created(out.resolve(SiteLinks.fileOf(sitePath)));
        }

        /** The file that holds a copied file's site path, under the same name. */
        Path target(String sitePath) throws IOException {
            return created(out.resolve(sitePath.substring(1)));
        }

        private static Path created(Path file) throws IOException {
            Files.createDirectories(file.getParent());
            return file;
        }

        void counted(Path file) throws IOException {
            count++;
            bytes += Files.size(file);
        }

        void text(String sitePath, String html) throws IOException {
            Path file = page(sitePath);
            Files.writeString(file, html, StandardCharsets.UTF_8);
            counted(file);
        }

        void bytes(String sitePath, byte[] data) throws IOException {
            Path file = target(sitePath);
            Files.write(file, data);
            counted(file);
        }

        /** Every file under a folder of the file system, below the site path {@code siteFolder} (ending in "/"). */
        void folder(Path folder, String siteFolder) throws IOException {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String relative = folder.relativize(file).toString().replace(folder.getFileSystem().getSeparator(),
                            "/");
                    Path target = target(siteFolder + relative);
                    Files.copy(file, target);
                    counted(target);
                }
            }
        }

        /** A class-path folder ({@code web/static}), wherever it is: a folder of the build or inside a jar. */
        void classpathFolder(String resource, String siteFolder) throws IOException {
            String folder = siteFolder.endsWith("/") ? siteFolder : siteFolder + "/";
            List<URL> locations = Collections.list(StaticExport.class.getClassLoader().getResources(resource));
            if (locations.isEmpty()) {
                throw new IllegalStateException(resource + " is missing from the server's class path");
            }
            for (URL location : locations) {
                withPath(location, resource, path -> folder(path, folder));
            }
        }

        /** The folder {@code sibling} beside a class-path file, below the site path {@code siteFolder}. */
        void classpathFolderBeside(String fileResource, String sibling, String siteFolder) throws IOException {
            URL location = StaticExport.class.getClassLoader().getResource(fileResource);
            if (location == null) {
                throw new IllegalStateException(fileResource + " is missing from the server's class path");
            }
            withPath(location, fileResource, path -> folder(path.resolveSibling(sibling), siteFolder));
        }

        void classpathFile(String resource, String sitePath) throws IOException {
            URL location = StaticExport.class.getClassLoader().getResource(resource);
            if (location == null) {
                throw new IllegalStateException(resource + " is missing from the server's class path");
            }
            withPath(location, resource, path -> {
                Path target = target(sitePath);
                Files.copy(path, target);
                counted(target);
            });
        }

        private interface PathAction {
            void accept(Path path) throws IOException;
        }

        /** Opens a class-path URL as a path: a file directly, a jar entry through the jar's file system. */
        private static void withPath(URL location, String resource, PathAction action) throws IOException {
            try {
                URI uri = location.toURI();
                if (uri.getScheme().equals("file")) {
                    action.accept(Path.of(uri));
                    return;
                }
                String text = uri.toString();
                int separator = text.indexOf("!/");
                if (!uri.getScheme().equals("jar") || separator < 0) {
                    throw new IllegalStateException("cannot read " + location + " (not a file or jar entry)");
                }
                Path jar = Path.of(URI.create(text.substring("jar:".length(), separator)));
                try (FileSystem zip = FileSystems.newFileSystem(jar, (ClassLoader) null)) {
                    action.accept(zip.getPath("/" + resource));
                }
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot read " + location, e);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}

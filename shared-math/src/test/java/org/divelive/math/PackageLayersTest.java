package org.divelive.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * shared-math is layered along the training pipeline: a package may use its own layer and the layers before it,
 * never a later one, and no set of packages may use each other in a circle. Read from the source tree, so a new
 * import against the order fails here instead of waiting for a reviewer.
 */
class PackageLayersTest {
    /** The layers, first to last; "" is org.divelive.math itself (Rng). */
    static final List<String> LAYERS = List.of("", "kernel", "bytes", "data", "setting", "nn", "loss", "model",
            "optim", "train", "setup", "metrics", "io", "lessons");

    private static final Path SOURCES = Path.of("src/main/java/org/divelive/math");
    /** Any mention of a class of ours by its full name: in an import, in code or in a {@code {@link}}. */
    private static final Pattern REFERENCE = Pattern.compile("org\\.divelive\\.math((?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("^package org\\.divelive\\.math((?:\\.[a-z0-9]+)*);",
            Pattern.MULTILINE);

    @Test
    void noPackageUsesALaterLayer() throws IOException {
        Map<String, Set<String>> uses = packageGraph();
        assertTrue(uses.size() >= 10, "read " + uses.size() + " packages under " + SOURCES.toAbsolutePath());
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : uses.entrySet()) {
            for (String used : e.getValue()) {
                int from = layer(e.getKey());
                int to = layer(used);
                if (from >= 0 && to > from) {
                    wrong.add(name(e.getKey()) + " (layer " + LAYERS.get(from) + ") uses " + name(used) + " (layer "
                            + LAYERS.get(to) + ")");
                }
            }
        }
        assertEquals(List.of(), wrong, "the layer order is " + LAYERS);
    }

    @Test
    void everyPackageHasAPlaceInTheOrder() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (String p : packageGraph().keySet()) {
            if (layer(p) < 0) {
                unknown.add(name(p));
            }
        }
        assertEquals(List.of(), unknown, "add each new package to PackageLayersTest.LAYERS where it belongs");
    }

    @Test
    void noPackagesUseEachOtherInACircle() throws IOException {
        Map<String, Set<String>> uses = packageGraph();
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            List<String> path = cycleThrough(start, uses);
            if (path != null && start.equals(path.stream().min(String::compareTo).orElseThrow())) {
                cycles.add(String.join(" → ", path.stream().map(PackageLayersTest::name).toList()) + " → "
                        + name(start));
            }
        }
        assertEquals(List.of(), cycles);
    }

    @Test
    void theCheckSeesALaterLayerAndACircle() {
        assertTrue(layer("model") > layer("nn"), "model comes after nn");
        assertEquals(layer("lessons"), layer("lessons.autograd"), "every lesson package is in the last layer");
        Map<String, Set<String>> circle = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"));
        assertEquals(List.of("a", "b", "c"), cycleThrough("a", circle));
        assertEquals(null, cycleThrough("a", Map.of("a", Set.of("b"), "b", Set.of())));
    }

    /** Package (relative to org.divelive.math, "" for the root) → the other packages its classes mention. */
    static Map<String, Set<String>> packageGraph() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String text = Files.readString(file);
            Matcher declared = PACKAGE.matcher(text);
            assertTrue(declared.find(), file + " declares no org.divelive.math package");
            String own = relative(declared.group(1));
            Set<String> used = uses.computeIfAbsent(own, k -> new TreeSet<>());
            Matcher m = REFERENCE.matcher(text.substring(declared.end()));
            while (m.find()) {
                String other = relative(m.group(1));
                if (!other.equals(own)) {
                    used.add(other);
                }
            }
        }
        return uses;
    }

    /** The packages of a circle that starts and ends at {@code start}, in order, or null if there is none. */
    static List<String> cycleThrough(String start, Map<String, Set<String>> uses) {
        List<String> path = new ArrayList<>();
        path.add(start);
        return walk(start, start, uses, path, new TreeSet<>()) ? path : null;
    }

    private static boolean walk(String at, String start, Map<String, Set<String>> uses, List<String> path,
            Set<String> seen) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                return true;
            }
            if (seen.add(next)) {
                path.add(next);
                if (walk(next, start, uses, path, seen)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }

    /** The index in {@link #LAYERS} of a package's first name (lessons.linreg is in lessons), or −1. */
    static int layer(String pkg) {
        return LAYERS.indexOf(top(pkg));
    }

    private static String top(String pkg) {
        int dot = pkg.indexOf('.');
        return dot < 0 ? pkg : pkg.substring(0, dot);
    }

    private static String relative(String suffix) {
        return suffix.isEmpty() ? "" : suffix.substring(1);
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "org.divelive.math" : pkg;
    }
}

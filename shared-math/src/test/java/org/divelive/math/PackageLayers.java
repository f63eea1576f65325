package org.divelive.math;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * The packages under one base package of a source tree and which of them each one mentions, checked against an
 * order of layers: a package may use its own layer and earlier ones, never a later one, and no packages may use
 * each other in a circle. A package belongs to the layer of its first name below the base (lessons.linreg is in
 * lessons); "" is the base package itself. Test code: it reads files, which the library never does.
 */
public final class PackageLayers {
    private final List<String> layers;
    private final Map<String, Set<String>> uses;

    private PackageLayers(List<String> layers, Map<String, Set<String>> uses) {
        this.layers = layers;
        this.uses = uses;
    }

    /** Reads every .java file below {@code sources}, the folder of {@code basePackage}. */
    public static PackageLayers read(Path sources, String basePackage, List<String> layers) {
        String base = Pattern.quote(basePackage);
        // any mention of a class by its full name: in an import, in code or in a {@link}
        Pattern reference = Pattern.compile(base + "((?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");
        Pattern declaration = Pattern.compile("^package " + base + "((?:\\.[a-z0-9]+)*);", Pattern.MULTILINE);
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher declared = declaration.matcher(text);
                if (!declared.find()) {
                    throw new IllegalArgumentException(file + " declares no package under " + basePackage);
                }
                String own = relative(declared.group(1));
                Set<String> used = uses.computeIfAbsent(own, k -> new TreeSet<>());
                Matcher m = reference.matcher(text.substring(declared.end()));
                while (m.find()) {
                    String other = relative(m.group(1));
                    if (!other.equals(own)) {
                        used.add(other);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PackageLayers(layers, uses);
    }

    /** For the check's own test: a made-up graph. */
    static PackageLayers of(List<String> layers, Map<String, Set<String>> uses) {
        return new PackageLayers(layers, uses);
    }

    public Set<String> packages() {
        return uses.keySet();
    }

    /** "a (layer x) uses b (layer y)" for each use of a later layer. */
    public List<String> usesOfLaterLayers() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : uses.entrySet()) {
            for (String used : e.getValue()) {
                int from = layer(e.getKey());
                int to = layer(used);
                if (from >= 0 && to > from) {
                    wrong.add(name(e.getKey()) + " (layer " + name(layers.get(from)) + ") uses " + name(used)
                            + " (layer " + name(layers.get(to)) + ")");
                }
            }
        }
        return wrong;
    }

    /** The packages whose first name is in no layer, except those listed as not placed yet. */
    public List<String> outsideTheOrder() {
        List<String> unknown = new ArrayList<>();
        for (String p : uses.keySet()) {
            if (layer(p) < 0) {
                unknown.add(name(p));
            }
        }
        return unknown;
    }

    /** Each circle once, as "a → b → a", starting from its alphabetically first package. */
    public List<String> cycles() {
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            List<String> path = cycleThrough(start);
            if (path != null && start.equals(path.stream().min(String::compareTo).orElseThrow())) {
                List<String> names = new ArrayList<>();
                path.forEach(p -> names.add(name(p)));
                cycles.add(String.join(" → ", names) + " → " + name(start));
            }
        }
        return cycles;
    }

    /** The index in the layers of a package's first name, or −1. */
    public int layer(String pkg) {
        return layers.indexOf(top(pkg));
    }

    /** The packages of a circle that starts and ends at {@code start}, in order, or null if there is none. */
    List<String> cycleThrough(String start) {
        List<String> path = new ArrayList<>();
        path.add(start);
        return walk(start, start, path, new TreeSet<>()) ? path : null;
    }

    private boolean walk(String at, String start, List<String> path, Set<String> seen) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                return true;
            }
            if (seen.add(next)) {
                path.add(next);
                if (walk(next, start, path, seen)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }

    private static String top(String pkg) {
        int dot = pkg.indexOf('.');
        return dot < 0 ? pkg : pkg.substring(0, dot);
    }

    private static String relative(String suffix) {
        return suffix.isEmpty() ? "" : suffix.substring(1);
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "(base)" : pkg;
    }
}

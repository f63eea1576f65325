package org.divelive.server.lessons;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the server when an instructor changes the content folder, so pages can be kept composed between changes
 * instead of listing and stat-ing the folder on every request. The operating system reports changes (inotify on
 * Linux) to the JDK's {@link WatchService}; a daemon thread turns every change into a new {@link #generation()} and
 * names the changed file to {@code changed}, so a cache made under an older generation is known to be stale. A
 * folder made later ({@code zh/}, {@code figures/}) is watched from its creation on.
 *
 * <p>An edit becomes visible once the JDK has delivered the event, a few milliseconds after the write, so on the next
 * load. (On macOS the JDK polls instead, about every 10 s.) The course inside the server's jar never changes and is
 * not watched: its generation stays 0.
 */
public final class ContentWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ContentWatch.class);

    private final Path root;
    private final Consumer<Path> changed;
    private final AtomicLong generation = new AtomicLong();
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final WatchService service;

    /**
     * @param changed told each changed path (a file or folder), or null after the operating system dropped events
     *                and anything may have changed
     */
    public ContentWatch(Path root, Consumer<Path> changed) {
        this.root = root;
        this.changed = changed;
        WatchService watching = null;
        if (root.getFileSystem() == FileSystems.getDefault() && Files.isDirectory(root)) {
            try {
                watching = root.getFileSystem().newWatchService();
            } catch (IOException e) {
                LOG.warn("The content folder {} cannot be watched ({}); edits show after a restart", root,
                        e.getMessage());
            }
        }
        service = watching;
        if (service != null) {
            watchTree(root);
            Thread thread = new Thread(this::deliver, "divelive-content-watch");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Grows by one or more with every change of the folder; equal values mean nothing changed in between. */
    public long generation() {
        return generation.get();
    }

    /** The folder and every folder in it, to the depth lessons and figures lie at. */
    private void watchTree(Path folder) {
        try (Stream<Path> tree = Files.walk(folder, 2)) {
            for (Path each : tree.filter(Files::isDirectory).toList()) {
                WatchKey key = each.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                folders.put(key, each);
            }
        } catch (IOException | ClosedWatchServiceException e) {
            LOG.warn("Part of the content folder {} cannot be watched: {}", folder, e.getMessage());
        }
    }

    private void deliver() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                        report(null);
                        continue;
                    }
                    Path path = folder.resolve((Path) event.context());
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)
                            && root.relativize(path).getNameCount() <= 2) {
                        watchTree(path);
                    }
                    report(path);
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server stops
        }
    }

    /** The listener first, then the generation: whoever sees the new generation finds the listener's work done. */
    private void report(Path path) {
        try {
            changed.accept(path);
        } finally {
            generation.incrementAndGet();
        }
    }

    @Override
    public void close() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                LOG.warn("The watch of {} did not close: {}", root, e.getMessage());
            }
        }
    }
}

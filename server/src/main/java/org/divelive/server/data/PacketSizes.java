package org.divelive.server.data;

import java.util.List;

/**
 * The image counts Fashion-MNIST packets come in, on the wire and in a static export alike. The widgets ask for
 * 1,000 or 2,000 test images, the lessons' classifiers for all 60,000 training and 10,000 test images, and a reader
 * may ask for any count in between: each answer is the smallest packet that holds it. So a split has a handful of
 * packets, each made once and kept, and a client that asks for every count in turn cannot make the server lay out
 * and compress a new one per request.
 */
public final class PacketSizes {
    /** Before capping at a split's size (the test split has 10,000 images). */
    public static final List<Integer> ALL = List.of(1000, 2000, 10_000, 60_000);

    private PacketSizes() {
    }

    /** The packet sizes of a split of {@code splitSize} images, smallest first. */
    public static List<Integer> of(int splitSize) {
        return ALL.stream().map(size -> Math.min(size, splitSize)).distinct().toList();
    }

    /** The smallest packet size of that split holding {@code count} images (1 to {@code splitSize}). */
    public static int holding(int count, int splitSize) {
        return of(splitSize).stream().filter(size -> size >= count).findFirst().orElse(splitSize);
    }
}

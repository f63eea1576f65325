package org.divelive.client.js;

import org.teavm.jso.JSBody;

/**
 * Where the page's site and its server are, as the page's {@code <html>} says: {@code data-base} is the way to the
 * site root ("/" on the server, "../" in a static export's lesson), {@code data-api} the server that answers the API
 * (absent in an export without one), {@code data-packets} the Fashion-MNIST packet files an export holds. Every URL
 * the page's code builds comes from here, so the same code runs at a site root and under any sub-path.
 */
public final class Site {
    private static final String PACKETS = "data/fashion-mnist/";

    private Site() {
    }

    /** A file of the site by its path from the site root ({@code static/training-worker.js}), as an absolute URL. */
    @JSBody(params = "path", script = "return new URL(path, new URL(document.documentElement.getAttribute('data-base')"
            + " || '/', document.baseURI)).href;")
    public static native String file(String path);

    /** Whether the page has a server for the API ("Train on server", "Load weights into page"). */
    @JSBody(script = "return document.documentElement.hasAttribute('data-api');")
    public static native boolean hasServer();

    /** An API address ({@code api/runs}, or a path the server answered such as {@code /api/runs/3/events}). */
    @JSBody(params = "path", script = "return new URL(path, new URL(document.documentElement.getAttribute('data-api'),"
            + " document.baseURI)).href;")
    public static native String api(String path);

    @JSBody(script = "return document.documentElement.getAttribute('data-packets') || '';")
    private static native String packetSizes();

    /**
     * Where to get at least {@code count} images of a split ({@code train} or {@code test}): the server's data route,
     * or in an export the smallest packet file that holds them (the largest when none does).
     */
    public static String packet(String split, int count) {
        String sizes = packetSizes();
        if (sizes.isEmpty()) {
            return api("api/data/fashion-mnist/" + split + "?limit=" + count);
        }
        int chosen = -1;
        int largest = 0;
        for (String text : sizes.trim().split(" ")) {
            int size = Integer.parseInt(text);
            largest = Math.max(largest, size);
            if (size >= count && (chosen < 0 || size < chosen)) {
                chosen = size;
            }
        }
        return file(PACKETS + split + "-" + (chosen > 0 ? chosen : largest) + ".dlfm.gz");
    }
}

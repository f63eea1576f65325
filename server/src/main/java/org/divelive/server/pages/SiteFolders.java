package org.divelive.server.pages;

/**
 * The site's folders of fixed files and where they are on the class path: the server serves them from there, the
 * static export copies them from there. Webjars ({@code /webjars/…}) keep their standard place,
 * {@code META-INF/resources/webjars/…}.
 */
public enum SiteFolders {
    /** Our CSS, page scripts, the worker's loader and the icon ({@code static/} of the repository). */
    STATIC("/static", "web/static"),
    /** The TeaVM bundles: the page's widgets, the training worker in JavaScript and WebAssembly. */
    CLIENT("/client", "web/client");

    public static final String WEBJARS_SITE_PATH = "/webjars";
    public static final String WEBJARS_RESOURCE = "META-INF/resources/webjars";

    private final String sitePath;
    private final String resource;

    SiteFolders(String sitePath, String resource) {
        this.sitePath = sitePath;
        this.resource = resource;
    }

    public String sitePath() {
        return sitePath;
    }

    /** The class-path folder, without a leading slash. */
    public String resource() {
        return resource;
    }

    /** The class-path resource of a webjar file's site path ({@code /webjars/katex/0.18.11/dist/katex.min.js}). */
    public static String webjarResource(String sitePath) {
        if (!sitePath.startsWith(WEBJARS_SITE_PATH + "/")) {
            throw new IllegalArgumentException("not a webjar path: " + sitePath);
        }
        return WEBJARS_RESOURCE + sitePath.substring(WEBJARS_SITE_PATH.length());
    }
}

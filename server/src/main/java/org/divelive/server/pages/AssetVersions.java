package org.divelive.server.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * Versions of the browser libraries served from webjars, written into {@code divelive/versions.properties} by the
 * build from the parent POM's properties, so a version bump touches one place.
 */
public record AssetVersions(String katex, String chartJs) {

    public static AssetVersions load() {
        Properties properties = new Properties();
        try (InputStream in = AssetVersions.class.getResourceAsStream("/divelive/versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("divelive/versions.properties is missing from the server jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AssetVersions(properties.getProperty("katex"), properties.getProperty("chartjs"));
    }

    public String katexScript() {
        return katexPath("katex.min.js");
    }

    public String katexStyles() {
        return katexPath("katex.min.css");
    }

    public String chartJsPath() {
        return SiteFolders.WEBJARS_SITE_PATH + "/chart.js/" + chartJs + "/dist/chart.umd.min.js";
    }

    /** Site paths of every webjar file the pages load: what a static export copies. */
    public List<String> pageFiles() {
        return List.of(katexScript(), katexStyles(), chartJsPath());
    }

    /** The folder beside {@link #katexStyles()} its {@code url(fonts/…)} rules load the fonts from. */
    public static final String KATEX_FONTS = "fonts";

    public String katexPath(String file) {
        return SiteFolders.WEBJARS_SITE_PATH + "/katex/" + katex + "/dist/" + file;
    }
}

package org.divelive.server.pages;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a page addresses the rest of the site. Every file of the site has a site path: {@code /static/divelive.css},
 * {@code /lessons/linear-regression}, {@code /zh/}. The server serves each file at its site path, so a page links to
 * exactly that. The static export writes each into a file ({@code static/divelive.css},
 * {@code lessons/linear-regression.html}, {@code zh/index.html}) and links to it relative to the page's own file, so
 * the export works from any folder of any web host ({@code https://host/~teacher/course/}).
 *
 * <p>A site path whose last part has no dot is a page; in the export it gets {@code .html} ({@code index.html} for a
 * folder). Scripts learn the same rule from the page: {@code <html data-base>} is the page's way to the site root,
 * from which they resolve the files they load; {@code data-api} is the server for the API, absent when there is none.
 *
 * @param files       true for the static export, false for the server
 * @param apiUrl      where the API is ({@code /} on the server), or null when the pages have no server
 * @param packetSizes in the export, the image counts of the Fashion-MNIST packet files written for each split
 *                    (a page takes the smallest that holds what a widget asks for); empty on the server
 */
public record SiteLinks(boolean files, String apiUrl, List<Integer> packetSizes) {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    /** The URL attributes of lesson HTML: links, images, media sources. */
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(\\s(?:href|src|poster)=\")([^\"]*)(\")");

    public SiteLinks {
        packetSizes = List.copyOf(packetSizes);
    }

    /** The server: every link is a site path, the API is on the same server. */
    public static SiteLinks server() {
        return new SiteLinks(false, "/", List.of());
    }

    /** The static export, with the server that answers its API (an absolute URL), or none. */
    public static SiteLinks staticExport(String apiUrl, List<Integer> packetSizes) {
        return new SiteLinks(true, apiUrl == null || apiUrl.endsWith("/") ? apiUrl : apiUrl + "/", packetSizes);
    }

    /** The export's file for a site path (no leading slash); a query is dropped, a fragment kept. */
    public static String fileOf(String sitePath) {
        int cut = indexOfAny(sitePath, "?#");
        String path = cut < 0 ? sitePath : sitePath.substring(0, cut);
        String fragment = cut >= 0 && sitePath.charAt(cut) == '#' ? sitePath.substring(cut) : "";
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return pageFile(relative) + fragment;
    }

    /** The way from a page to the site root: "/" on the server, "./", "../", "../../" in the export. */
    public String base(String fromPage) {
        if (!files) {
            return "/";
        }
        String file = fileOf(fromPage);
        int depth = (int) file.chars().filter(c -> c == '/').count();
        return depth == 0 ? "./" : "../".repeat(depth);
    }

    /** A link from the page at {@code fromPage} to the site path {@code target}. */
    public String link(String fromPage, String target) {
        return files ? base(fromPage) + fileOf(target) : target;
    }

    /**
     * A lesson's HTML as the page at {@code fromPage} shows it. On the server it is unchanged. In the export every
     * root-relative URL (an instructor's {@code /figures/plot.svg}) becomes relative, and a relative link to a page
     * (the lessons' bare slugs, {@code softmax-regression#loss}) gets its {@code .html}.
     */
    public String body(String fromPage, String html) {
        if (!files) {
            return html;
        }
        Matcher attribute = URL_ATTRIBUTE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (attribute.find()) {
            String url = attribute.group(2);
            String rewritten = url;
            if (url.startsWith("/") && !url.startsWith("//")) {
                rewritten = link(fromPage, url);
            } else if (!url.isEmpty() && !url.startsWith("#") && !SCHEME.matcher(url).find()) {
                rewritten = fileOf(url);
            }
            attribute.appendReplacement(out, Matcher.quoteReplacement(attribute.group(1) + rewritten
                    + attribute.group(3)));
        }
        attribute.appendTail(out);
        return out.toString();
    }

    private static String pageFile(String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            return path + "index.html";
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") || last.equals("..") ? path : path + ".html";
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}

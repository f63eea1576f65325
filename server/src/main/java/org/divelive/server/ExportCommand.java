package org.divelive.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.divelive.server.data.FashionMnistSource;
import org.divelive.server.export.StaticExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code export}: the course as static files for any web host (see {@link StaticExport}). */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write the whole course as static files that any web server can serve, under any sub-path.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder to write; it must be new, empty or an earlier export (which is replaced).")
    Path out;

    @Mixin
    ContentOptions content;

    @Option(names = "--api-url", paramLabel = "URL",
            description = "A DiveLive server the pages use for \"Train on server\" and \"Load weights into page\" "
                    + "(start it with --cors-origin set to the export's origin); without it those controls are "
                    + "hidden.")
    String apiUrl;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws IOException {
        Path lessons = content.folder();
        if (apiUrl != null && !isServerUrl(apiUrl)) {
            throw new ParameterException(spec.commandLine(), "--api-url must be an http or https address of a "
                    + "DiveLive server, such as https://divelive.example.org/, was '" + apiUrl + "'");
        }
        Path folder = lessons != null ? lessons : EmbeddedFiles.content();
        FashionMnistSource fashionMnist = new FashionMnistSource(data.settings());
        StaticExport export = new StaticExport(folder, apiUrl, () -> {
            fashionMnist.prepare();
            return fashionMnist.dataset();
        });
        StaticExport.Summary summary = export.write(App.catalog(folder), out);
        PrintWriter messages = spec.commandLine().getOut();
        messages.printf(Locale.ROOT, "Exported %d English and %d Chinese lessons from %s to %s: %d files, %.1f MB.%n",
                summary.englishLessons(), summary.chineseLessons(),
                content.describe(), out.toAbsolutePath(),
                summary.files(), summary.bytes() / 1e6);
        messages.println(apiUrl != null ? "\"Train on server\" uses " + apiUrl + " (start it with --cors-origin "
                + "set to the address the export is served from)."
                : "\"Train on server\" is hidden: there is no server (--api-url names one).");
        messages.println("Serve the folder with any static web server, e.g. python3 -m http.server -d " + out);
        messages.flush();
        return 0;
    }

    private static boolean isServerUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

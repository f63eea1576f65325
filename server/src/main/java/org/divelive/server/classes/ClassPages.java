package org.divelive.server.classes;

import static org.divelive.server.pages.Html.escape;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.divelive.client.widget.Language;
import org.divelive.client.widget.TrainingFields;
import org.divelive.math.setting.Setting;
import org.divelive.server.pages.Labels;
import org.divelive.server.pages.Pages;
import org.divelive.server.runs.RunJson;

/**
 * Class mode's pages, in English and under {@code /zh} in Chinese: joining a class ({@code /join/CODE}), the
 * instructor's classes ({@code /instructor}) and a class's dashboard ({@code /instructor/classes/ID}). They are
 * frames; their scripts (static/join.js, instructor.js, dashboard.js) talk to the API, and every name they show is
 * set as text, never as HTML. Every word comes from {@link ClassWords}: the frame's as HTML text, the scripts' from
 * the main element's {@code data-words}.
 */
public final class ClassPages {
    private static final String WORDS_SCRIPT = "/static/classwords.js";

    private final Pages pages;

    public ClassPages(Pages pages) {
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        for (Labels labels : List.of(Labels.EN, Labels.ZH)) {
            String prefix = prefix(labels);
            routes.get(prefix + "/join/{code}", ctx -> join(ctx, labels));
            routes.get(prefix + "/instructor", ctx -> instructor(ctx, labels));
            routes.get(prefix + "/instructor/classes/{id}", ctx -> dashboard(ctx, labels));
        }
    }

    /** Where a language's class pages live: {@code ""} for English, {@code /zh} for Chinese. */
    private static String prefix(Labels labels) {
        return labels.indexPath().substring(0, labels.indexPath().length() - 1);
    }

    /**
     * The numeric settings' labels in each page language as a JSON object by name, the widgets' own (their
     * sentence catalogue), so the scatter's menu and axis say "学习率 η" where the API says learningRate. They are
     * fixed per language, so they are written once.
     */
    private static final Map<Labels, String> SETTING_LABELS = Map.of(
            Labels.EN, settingLabels(Labels.EN), Labels.ZH, settingLabels(Labels.ZH));

    private static String settingLabels(Labels labels) {
        Language language = labels == Labels.ZH ? Language.CHINESE : Language.ENGLISH;
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        Setting.ALL.stream().filter(setting -> setting.kind() != Setting.Kind.WORD)
                .forEach(setting -> json.put(setting.name(), TrainingFields.label(setting, language)));
        return RunJson.write(json);
    }

    /** This page's path in the other language: its language prefix swapped, so the switch keeps the page. */
    private static String sameInOtherLanguage(Context ctx, Labels labels) {
        return prefix(labels.other()) + ctx.path().substring(prefix(labels).length());
    }

    /** A page's main element: its classes, its data, the words and the language prefix its script links with. */
    private static String main(Labels labels, String classes, String data) {
        return "<main class=\"page class-page " + classes + "\"" + data + " data-prefix=\"" + prefix(labels)
                + "\" data-words=\"" + escape(ClassWords.of(labels).json()) + "\">\n";
    }

    /** A labelled text field. */
    private static String field(String label, String input) {
        return "<label>" + escape(label) + " " + input + "</label>";
    }

    private static String tokenForm(ClassWords words, boolean hidden) {
        return "<form class=\"admin-form\"" + (hidden ? " hidden" : "") + ">" + field(words.get("adminToken"),
                "<input type=\"password\" name=\"token\" autocomplete=\"off\" required>")
                + " <button type=\"submit\">" + escape(words.get("useToken")) + "</button></form>\n";
    }

    private void join(Context ctx, Labels labels) {
        ClassWords words = ClassWords.of(labels);
        String code = ctx.pathParam("code");
        String nameInput = "<input name=\"name\" maxlength=\"60\" required autocomplete=\"nickname\">";
        String body = main(labels, "", " data-join-code=\"" + escape(code) + "\" data-index=\""
                + labels.indexPath() + "\"")
                + "<h1>" + escape(words.get("joinTitle")) + "</h1>\n"
                + "<p class=\"class-name\"></p>\n"
                + "<form class=\"join-form\">" + field(words.get("displayName"), nameInput) + " <button "
                + "type=\"submit\">" + escape(words.get("join")) + "</button></form>\n"
                + "<p class=\"join-note\">" + escape(words.get("joinNote")) + "</p>\n"
                + "<details class=\"recover\"><summary>" + escape(words.get("recoverSummary")) + "</summary>"
                + "<form class=\"recover-form\">" + field(words.get("displayName"),
                        "<input name=\"name\" maxlength=\"60\" required>") + " "
                + field(words.get("recoveryCode"), "<input name=\"recoveryCode\" maxlength=\"40\" required "
                        + "autocomplete=\"off\">")
                + " <button type=\"submit\">" + escape(words.get("continue")) + "</button></form></details>\n"
                + "<p class=\"join-status\" role=\"status\" aria-live=\"polite\"></p>\n"
                + "<div class=\"join-done\" hidden><p>" + escape(words.get("recoveryShown")) + "</p>"
                + "<p class=\"recovery-code\"></p><p><a href=\"" + labels.indexPath() + "\">"
                + escape(words.get("toLessons")) + "</a></p></div>\n</main>\n";
        ctx.html(pages.featurePage(labels, words.get("joinTitle"), body, false, List.of(WORDS_SCRIPT,
                "/static/join.js"), sameInOtherLanguage(ctx, labels)));
    }

    private void instructor(Context ctx, Labels labels) {
        ClassWords words = ClassWords.of(labels);
        StringBuilder columns = new StringBuilder();
        for (String column : List.of("columnClass", "columnJoinLink", "columnLearners", "columnState",
                "columnActions")) {
            columns.append("<th scope=\"col\">").append(escape(words.get(column))).append("</th>");
        }
        String body = main(labels, "instructor", "")
                + "<h1>" + escape(words.get("classesTitle")) + "</h1>\n" + tokenForm(words, false)
                + "<p class=\"admin-note\">" + escape(words.get("tokenNote")) + "</p>\n"
                + "<section class=\"class-admin\" hidden>\n<form class=\"create-form\">"
                + field(words.get("newClass"), "<input name=\"name\" maxlength=\"100\" required>")
                + " <button type=\"submit\">" + escape(words.get("create")) + "</button></form>\n"
                + "<div class=\"table-scroll\"><table class=\"class-table\"><thead><tr>" + columns
                + "</tr></thead><tbody></tbody></table></div>\n</section>\n"
                + "<p class=\"admin-status\" role=\"status\" aria-live=\"polite\"></p>\n</main>\n";
        ctx.html(pages.featurePage(labels, words.get("classesTitle"), body, false, List.of(WORDS_SCRIPT,
                "/static/admin.js", "/static/instructor.js"), sameInOtherLanguage(ctx, labels)));
    }

    private void dashboard(Context ctx, Labels labels) {
        ClassWords words = ClassWords.of(labels);
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9]{1,18}")) {
            ctx.status(404);
        }
        String body = main(labels, "dashboard", " data-class-id=\"" + escape(id) + "\" data-setting-labels=\""
                + escape(SETTING_LABELS.get(labels)) + "\"")
                + "<p><a href=\"" + prefix(labels) + "/instructor\">" + escape(words.get("backToClasses"))
                + "</a></p>\n<h1 class=\"dashboard-title\">" + escape(words.get("dashboardTitle")) + "</h1>\n"
                + tokenForm(words, true)
                + "<p class=\"dashboard-status\" role=\"status\" aria-live=\"polite\"></p>\n"
                + "<p class=\"dashboard-links\"><a class=\"join-link\" href=\"#\"></a> · <a class=\"csv-link\" "
                + "href=\"#\">" + escape(words.get("downloadCsv")) + "</a> · <span class=\"live-state\">"
                + escape(words.get("notConnected")) + "</span></p>\n"
                + "<h2>" + escape(words.get("learnersHeading")) + "</h2>\n<p>" + field(words.get("filter"),
                        "<input type=\"search\" class=\"learner-filter\">")
                + " <span class=\"pager\"><button type=\"button\" class=\"page-previous\" aria-label=\""
                + escape(words.get("previousPage")) + "\">‹</button> <span class=\"page-number\"></span> "
                + "<button type=\"button\" class=\"page-next\" aria-label=\"" + escape(words.get("nextPage"))
                + "\">›</button></span></p>\n<div class=\"table-scroll\"><table class=\"progress-table\"><thead>"
                + "</thead><tbody></tbody></table></div>\n<h2>" + escape(words.get("assignmentsHeading"))
                + "</h2>\n<div class=\"table-scroll\"><table class=\"assignment-table\"><thead></thead><tbody>"
                + "</tbody></table></div>\n<h2>" + escape(words.get("scatterHeading")) + "</h2>\n<p>"
                + field(words.get("scatterAssignment"), "<select class=\"scatter-assignment\"></select>") + " "
                + field(words.get("scatterSetting"), "<select class=\"scatter-setting\"></select>") + "</p>\n"
                + "<div class=\"scatter-box\"><canvas class=\"scatter\" aria-label=\""
                + escape(words.get("scatterLabel")) + "\"></canvas></div>\n</main>\n";
        ctx.html(pages.featurePage(labels, words.get("dashboardTitle"), body, true, List.of(WORDS_SCRIPT,
                "/static/charts.js", "/static/admin.js", "/static/dashboard.js"), sameInOtherLanguage(ctx, labels)));
    }
}

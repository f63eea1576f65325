package org.divelive.server.classes;

import static org.divelive.server.pages.Html.escape;

import java.util.List;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.divelive.server.pages.Labels;
import org.divelive.server.pages.Pages;

/**
 * Class mode's pages: joining a class ({@code /join/CODE}, {@code /zh/join/CODE}), the instructor's classes
 * ({@code /instructor}) and a class's dashboard ({@code /instructor/classes/ID}). They are frames; their scripts
 * (static/join.js, instructor.js, dashboard.js) talk to the API, and every name they show is set as text, never as
 * HTML.
 */
public final class ClassPages {
    private final Pages pages;

    public ClassPages(Pages pages) {
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get("/join/{code}", ctx -> join(ctx, Labels.EN));
        routes.get("/zh/join/{code}", ctx -> join(ctx, Labels.ZH));
        routes.get("/instructor", this::instructor);
        routes.get("/instructor/classes/{id}", this::dashboard);
    }

    private void join(Context ctx, Labels labels) {
        boolean zh = labels == Labels.ZH;
        String code = ctx.pathParam("code");
        String body = "<main class=\"page class-page\" data-join-code=\"" + escape(code) + "\" data-index=\""
                + labels.indexPath() + "\">\n<h1>" + (zh ? "加入班级" : "Join a class") + "</h1>\n"
                + "<p class=\"class-name\" data-label=\"" + (zh ? "班级：" : "Class: ") + "\"></p>\n"
                + "<form class=\"join-form\"><label>" + (zh ? "显示名称" : "Display name")
                + " <input name=\"name\" maxlength=\"60\" required autocomplete=\"nickname\"></label> "
                + "<button type=\"submit\">" + (zh ? "加入" : "Join") + "</button></form>\n"
                + "<p class=\"join-note\">" + (zh ? "只有讲师能看到你的名字和进度。不需要密码或电子邮件。"
                        : "Only your instructor sees your name and progress. No password, no e-mail.") + "</p>\n"
                + "<details class=\"recover\"><summary>" + (zh ? "在另一台设备上继续" : "Continue on another device")
                + "</summary><form class=\"recover-form\"><label>" + (zh ? "显示名称" : "Display name")
                + " <input name=\"name\" maxlength=\"60\" required></label> <label>" + (zh ? "恢复码" : "Recovery code")
                + " <input name=\"recoveryCode\" maxlength=\"40\" required autocomplete=\"off\"></label> <button "
                + "type=\"submit\">" + (zh ? "继续" : "Continue") + "</button></form></details>\n"
                + "<p class=\"join-status\" role=\"status\" aria-live=\"polite\"></p>\n"
                + "<div class=\"join-done\" hidden><p>" + (zh ? "你的恢复码（只显示这一次，请记下来）："
                        : "Your recovery code (shown only this once: write it down):") + "</p>"
                + "<p class=\"recovery-code\"></p><p><a href=\"" + labels.indexPath() + "\">"
                + (zh ? "开始学习" : "Go to the lessons") + "</a></p></div>\n</main>\n";
        ctx.html(pages.featurePage(labels, zh ? "加入班级" : "Join a class", body, false,
                List.of("/static/join.js")));
    }

    private void instructor(Context ctx) {
        String body = "<main class=\"page class-page instructor\">\n<h1>Classes</h1>\n"
                + "<form class=\"admin-form\"><label>Admin token <input type=\"password\" name=\"token\" "
                + "autocomplete=\"off\" required></label> <button type=\"submit\">Use</button></form>\n"
                + "<p class=\"admin-note\">The token stays in this tab only (sessionStorage).</p>\n"
                + "<section class=\"class-admin\" hidden>\n<form class=\"create-form\"><label>New class "
                + "<input name=\"name\" maxlength=\"100\" required></label> <button type=\"submit\">Create</button>"
                + "</form>\n<table class=\"class-table\"><thead><tr><th>Class</th><th>Join link</th><th>Learners</th>"
                + "<th>State</th><th>Actions</th></tr></thead><tbody></tbody></table>\n</section>\n"
                + "<p class=\"admin-status\" role=\"status\" aria-live=\"polite\"></p>\n</main>\n";
        ctx.html(pages.featurePage(Labels.EN, "Classes", body, false, List.of("/static/admin.js", "/static/instructor.js")));
    }

    private void dashboard(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9]{1,18}")) {
            ctx.status(404);
        }
        String body = "<main class=\"page class-page dashboard\" data-class-id=\"" + escape(id) + "\">\n"
                + "<p><a href=\"/instructor\">← Classes</a></p>\n<h1 class=\"dashboard-title\">Class</h1>\n"
                + "<form class=\"admin-form\" hidden><label>Admin token <input type=\"password\" name=\"token\" "
                + "autocomplete=\"off\" required></label> <button type=\"submit\">Use</button></form>\n"
                + "<p class=\"dashboard-status\" role=\"status\" aria-live=\"polite\"></p>\n"
                + "<p class=\"dashboard-links\"><a class=\"join-link\" href=\"#\"></a> · <a class=\"csv-link\" "
                + "href=\"#\">Download CSV</a> · <span class=\"live-state\">not connected</span></p>\n"
                + "<h2>Learners</h2>\n<p><label>Filter <input type=\"search\" class=\"learner-filter\"></label> "
                + "<span class=\"pager\"><button type=\"button\" class=\"page-previous\">‹</button> "
                + "<span class=\"page-number\"></span> <button type=\"button\" class=\"page-next\">›</button>"
                + "</span></p>\n<div class=\"table-scroll\"><table class=\"progress-table\"><thead></thead>"
                + "<tbody></tbody></table></div>\n<h2>Assignments</h2>\n<div class=\"table-scroll\"><table "
                + "class=\"assignment-table\"><thead></thead><tbody></tbody></table></div>\n"
                + "<h2>Settings against verified accuracy</h2>\n<p><label>Assignment <select "
                + "class=\"scatter-assignment\"></select></label> <label>Setting <select class=\"scatter-setting\">"
                + "</select></label></p>\n<div class=\"scatter-box\"><canvas class=\"scatter\" "
                + "aria-label=\"chosen setting against verified test accuracy\"></canvas></div>\n</main>\n";
        ctx.html(pages.featurePage(Labels.EN, "Class dashboard", body, true, List.of("/static/admin.js", "/static/dashboard.js")));
    }
}

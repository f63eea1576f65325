package org.divelive.server.pages;

/** The words of the site's own interface, per language. */
public record Labels(String language, String htmlLang, String languageName, String courseTitle, String intro,
        String lessons, String onThisPage, String previous, String next, String search, String searchHint,
        String markDone, String done, String copy, String copied, String theme, String notFound, String notFoundText,
        String backToIndex, String brokenTitle, String brokenText, String errorTitle, String errorText,
        String noResults, String scrolls, String chartData) {

    public static final Labels EN = new Labels("en", "en", "English", "Dive into deep learning, live",
            "Linear regression, softmax regression and multilayer perceptrons, each explained in its own lesson and "
                    + "trained right in the page by the same Java code that trains on the server.",
            "Lessons", "On this page", "Previous", "Next", "Search", "Search the course (English and 中文)",
            "Mark as done", "Done", "Copy", "Copied", "Switch between light and dark mode", "Page not found",
            "There is no page at", "Back to the course index", "This lesson cannot be shown",
            "Fix the file and reload this page; the other lessons are unaffected.", "Something went wrong",
            "The server could not answer this request; the details are in its log.", "No lesson matches",
            "Scrolls sideways", "Data as a table");

    public static final Labels ZH = new Labels("zh", "zh-CN", "中文", "动手学深度学习 · 在线实验",
            "线性回归、softmax 回归和多层感知机：每一课讲透一个主题，并在页面里直接训练模型——运行的正是服务器上训练用的同一份 Java 代码。",
            "课程", "本页目录", "上一课", "下一课", "搜索", "搜索课程（中文与 English）",
            "标记为已学完", "已学完", "复制", "已复制", "切换浅色/深色模式", "页面不存在",
            "这个地址没有页面：", "返回课程目录", "这一课暂时无法显示",
            "请修改该文件后刷新本页；其他课程不受影响。", "出错了",
            "服务器无法响应这个请求，详细信息见服务器日志。", "没有匹配的课程",
            "可左右滚动", "数据表");

    public static Labels of(String language) {
        return language.equals("zh") ? ZH : EN;
    }

    public Labels other() {
        return this == ZH ? EN : ZH;
    }

    /** Where this language's lessons live: {@code /lessons/} for English, {@code /zh/lessons/} for Chinese. */
    public String lessonPath(String slug) {
        return (language.equals("en") ? "" : "/" + language) + "/lessons/" + slug;
    }

    public String indexPath() {
        return language.equals("en") ? "/" : "/" + language + "/";
    }
}

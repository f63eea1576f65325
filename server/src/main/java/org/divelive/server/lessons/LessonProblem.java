package org.divelive.server.lessons;

/** Something wrong at a line of a lesson file, found while rendering; the renderer adds the file's name. */
final class LessonProblem extends RuntimeException {
    private final int line;

    LessonProblem(int line, String message) {
        super(message);
        this.line = line;
    }

    /** 1-based line of the lesson file. */
    int line() {
        return line;
    }
}

package org.divelive.server.lessons;

/** A second-level heading of a lesson: its anchor id and its text, for the table of contents. */
public record Section(String id, String title) {
}

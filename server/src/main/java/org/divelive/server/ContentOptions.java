package org.divelive.server;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The lessons a command uses, an instructor's folder or the embedded course: for {@code serve} and {@code export}. */
final class ContentOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "${env:DIVELIVE_CONTENT}",
            description = "Lesson folder with en/ and zh/ (env DIVELIVE_CONTENT; default: the embedded course).")
    Path folder;

    /** The folder given, or null for the embedded course; a ParameterException if it is not a folder. */
    Path folder() {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new ParameterException(command.commandLine(),
                    "--content must be a folder with en/ and zh/ lesson folders, but " + folder + " is not a folder");
        }
        return folder;
    }

    /** How a log line or a report names the lessons. */
    String describe() {
        return folder == null ? "the embedded course" : folder.toAbsolutePath().toString();
    }
}

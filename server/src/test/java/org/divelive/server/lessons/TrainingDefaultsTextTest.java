package org.divelive.server.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.divelive.math.data.FashionMnist;
import org.divelive.math.setting.Setting;
import org.divelive.math.setting.TrainedModel;
import org.junit.jupiter.api.Test;

/**
 * What the course's lessons say about their training widgets' images is what the widgets do: a widget that sets no
 * subset opens with {@link Setting#TRAIN_SUBSET}'s declared default and evaluates every test image, so every count
 * of training or test images a lesson with such a widget states is that default and the test set's size.
 */
class TrainingDefaultsTextTest {
    private static final Path COURSE = Path.of("../content");
    private static final Pattern TRAINING_WIDGET = Pattern.compile("<div data-widget=\"(softmax|mlp)-train\"[^>]*>");
    /** "60,000 training images" and "6 万张训练图像", and the same for test images. */
    private static final Pattern EN_COUNT = Pattern.compile("(\\d[\\d,]*) (training|test) images");
    private static final Pattern ZH_COUNT = Pattern.compile("(\\d[\\d,]*)(?: 万)? ?张(训练|测试)图像");

    @Test
    void lessonsStateTheImageCountsTheirTrainingWidgetsUse() throws IOException {
        int lessonsWithWidgets = 0;
        for (Path lesson : lessons()) {
            String text = Files.readString(lesson);
            Matcher widget = TRAINING_WIDGET.matcher(text);
            if (!widget.find()) {
                continue;
            }
            lessonsWithWidgets++;
            do {
                assertFalse(widget.group().contains("data-train-subset"),
                        lesson + " repeats or overrides the declared subset: " + widget.group());
            } while (widget.find());
            boolean chinese = lesson.getParent().getFileName().toString().equals("zh");
            Matcher count = (chinese ? ZH_COUNT : EN_COUNT).matcher(text);
            while (count.find()) {
                boolean training = count.group(2).equals(chinese ? "训练" : "training");
                int stated = chinese && count.group().contains("万")
                        ? Integer.parseInt(count.group(1)) * 10_000 : Integer.parseInt(count.group(1).replace(",", ""));
                int declared = training
                        ? Integer.parseInt(Setting.TRAIN_SUBSET.defaultText(TrainedModel.MLP)) : FashionMnist.TEST_SIZE;
                assertEquals(declared, stated, lesson + ": \"" + count.group() + "\"");
            }
        }
        assertEquals(12, lessonsWithWidgets, "lessons 07-12 in both languages train on Fashion-MNIST");
        assertEquals(Setting.TRAIN_SUBSET.defaultText(TrainedModel.SOFTMAX),
                Setting.TRAIN_SUBSET.defaultText(TrainedModel.MLP), "both widgets open with one subset");
    }

    private static List<Path> lessons() throws IOException {
        assertTrue(Files.isDirectory(COURSE.resolve("en")), "the course at " + COURSE.toAbsolutePath());
        try (Stream<Path> files = Stream.concat(Files.list(COURSE.resolve("en")), Files.list(COURSE.resolve("zh")))) {
            return files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
    }
}

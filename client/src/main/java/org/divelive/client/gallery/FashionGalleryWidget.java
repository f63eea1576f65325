package org.divelive.client.gallery;

import static org.divelive.client.train.FashionData.className;
import static org.divelive.client.widget.Words.of;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.divelive.client.js.Binary;
import org.divelive.client.js.Canvas;
import org.divelive.client.train.FashionData;
import org.divelive.client.widget.Markup;
import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.Settings;
import org.divelive.client.widget.WidgetHost;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.FashionMnist;
import org.divelive.math.data.FashionMnistPacket;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.setting.Rule;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * {@code fashion-gallery}: real Fashion-MNIST test images with their class names in the page's language, all classes
 * or one. The images arrive through the page's shared {@link FashionData}, so a training widget on the same page and
 * this gallery share one download.
 */
public final class FashionGalleryWidget {
    /** The first 1,000 test images hold at least 87 of every class: enough for the largest gallery allowed. */
    private static final int TEST_IMAGES = 1000;
    private static final int MAX_PER_CLASS = 80;
    /** FashionData always brings training images too; the gallery shows none, so it asks for the fewest. */
    private static final int TRAIN_IMAGES = 1;
    private static final String ALL = "all";

    private final WidgetHost host;
    private Dataset images;
    /** For each class, the positions of its first {@link #MAX_PER_CLASS} images in the test set. */
    private int[][] byClass;

    public FashionGalleryWidget(HTMLElement root) {
        this.host = new WidgetHost(root, fields(), settings -> settings + Markup.LOADING + Markup.STATUS
                + "<div class=\"gallery-grid\" data-role=\"grid\"></div>");
        host.onSettingsChange(this::render);
        host.say(Sentence.GALLERY_LOADING);
        FashionData.load(host, TRAIN_IMAGES, TEST_IMAGES, (train, test) -> show(FashionMnistPacket.read(
                Binary.bytes(test))));
        render();
    }

    private static List<Settings.Field> fields() {
        List<String> choices = new ArrayList<>(List.of(ALL));
        List<String> labels = new ArrayList<>(List.of(of("all classes", "全部类别")));
        for (int k = 0; k < FashionMnist.CLASSES; k++) {
            choices.add(String.valueOf(k));
            labels.add(className(k));
        }
        return List.of(
                Settings.Field.choice("show", "data-show", of("Show", "显示"), ALL, choices, labels),
                Settings.Field.number("perClass", "data-per-class", of("Images per class", "每类图像数"), "6"));
    }

    private void show(Dataset test) {
        images = test;
        byClass = new int[FashionMnist.CLASSES][];
        int[] found = new int[FashionMnist.CLASSES];
        int[][] positions = new int[FashionMnist.CLASSES][MAX_PER_CLASS];
        for (int i = 0; i < test.size(); i++) {
            int label = test.label(i);
            if (found[label] < MAX_PER_CLASS) {
                positions[label][found[label]++] = i;
            }
        }
        for (int k = 0; k < FashionMnist.CLASSES; k++) {
            byClass[k] = Arrays.copyOf(positions[k], found[k]);
        }
        render();
    }

    /** Images per class from the form: an integer from 1 to {@link #MAX_PER_CLASS}. */
    private Integer perClass() {
        double perClass = host.number("perClass");
        if (!(perClass >= 1 && perClass <= MAX_PER_CLASS && perClass == Math.floor(perClass))) {
            throw new InvalidHyperparameterException("perClass", "perClass must be an integer from 1 to "
                    + MAX_PER_CLASS + ", was " + host.value("perClass"), Rule.WHOLE_BETWEEN, 1, MAX_PER_CLASS);
        }
        return (int) perClass;
    }

    /** Checks the form, mirrors it in the hash, and draws the chosen images (once the data is there). */
    private void render() {
        Integer perClass = host.tryOrShowError(this::perClass, null);
        if (perClass == null) {
            return;
        }
        host.writeHash();
        if (images == null) {
            return;
        }
        String show = host.value("show");
        HTMLElement grid = host.element("grid");
        grid.setInnerHTML("");
        int shown = 0;
        for (int k = 0; k < FashionMnist.CLASSES; k++) {
            if (!show.equals(ALL) && !show.equals(String.valueOf(k))) {
                continue;
            }
            for (int n = 0; n < Math.min(perClass, byClass[k].length); n++) {
                grid.appendChild(figure(byClass[k][n], k));
                shown++;
            }
        }
        host.say(Sentence.GALLERY_SHOWN, shown);
    }

    private HTMLElement figure(int index, int label) {
        HTMLElement figure = create("figure");
        figure.setAttribute("data-label", String.valueOf(label));
        HTMLElement canvas = create("canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", Sentence.GALLERY_IMAGE.format(index, className(label)));
        Canvas.drawSquare(canvas, images.featureArray(), index * FashionMnist.FEATURES, FashionMnist.ROWS, false);
        figure.appendChild(canvas);
        HTMLElement caption = create("figcaption");
        caption.setTextContent(className(label));
        figure.appendChild(caption);
        return figure;
    }

    private static HTMLElement create(String tag) {
        return HTMLDocument.current().createElement(tag);
    }
}

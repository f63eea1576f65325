package org.divelive.client.gallery;

import static org.divelive.client.widget.Words.of;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.divelive.client.js.Binary;
import org.divelive.client.js.Canvas;
import org.divelive.client.js.Numbers;
import org.divelive.client.train.FashionData;
import org.divelive.client.widget.Form;
import org.divelive.client.widget.Settings;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.FashionMnist;
import org.divelive.math.data.FashionMnistPacket;
import org.teavm.jso.JSObject;
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

    private final HTMLElement root;
    private final Settings settings;
    private final Form form;
    private Dataset images;
    /** For each class, the positions of its first {@link #MAX_PER_CLASS} images in the test set. */
    private int[][] byClass;

    public FashionGalleryWidget(HTMLElement host) {
        this.root = host;
        this.settings = new Settings(host, fields());
        host.setInnerHTML(settings.html()
                + "<progress data-role=\"loading\" max=\"1\" value=\"0\"></progress>"
                + "<p class=\"widget-status\" role=\"status\" data-out=\"status\"></p>"
                + "<div class=\"gallery-grid\" data-role=\"grid\"></div>");
        host.getClassList().add("widget");
        this.form = new Form(host);
        element("settings").addEventListener("change", event -> render());
        status(of("Loading Fashion-MNIST test images from the server…", "正在从服务器加载 Fashion-MNIST 测试图像……"));
        FashionData.load(TRAIN_IMAGES, TEST_IMAGES, new FashionData.Listener() {
            @Override
            public void progress(double fraction) {
                element("loading").setAttribute("value", Numbers.format(fraction, 3));
            }

            @Override
            public void ready(JSObject train, JSObject test) {
                element("loading").setAttribute("hidden", "");
                show(FashionMnistPacket.read(Binary.bytes(test)));
            }

            @Override
            public void failed(String message) {
                element("loading").setAttribute("hidden", "");
                status(of("The data set is not available: ", "数据集不可用：") + message);
            }
        });
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

    /** Checks the form, mirrors it in the hash, and draws the chosen images (once the data is there). */
    private void render() {
        form.clearErrors();
        double perClass = form.number("perClass");
        if (!(perClass >= 1 && perClass <= MAX_PER_CLASS && perClass == Math.floor(perClass))) {
            form.showError("perClass", "perClass must be an integer from 1 to " + MAX_PER_CLASS + ", was "
                    + form.input("perClass").getValue());
            return;
        }
        settings.writeHash(form);
        if (images == null) {
            return;
        }
        String show = form.input("show").getValue();
        HTMLElement grid = element("grid");
        grid.setInnerHTML("");
        int shown = 0;
        for (int k = 0; k < FashionMnist.CLASSES; k++) {
            if (!show.equals(ALL) && !show.equals(String.valueOf(k))) {
                continue;
            }
            for (int n = 0; n < Math.min((int) perClass, byClass[k].length); n++) {
                grid.appendChild(figure(byClass[k][n], k));
                shown++;
            }
        }
        status(of(shown + " test images", "共 " + shown + " 张测试图像"));
    }

    private HTMLElement figure(int index, int label) {
        HTMLElement figure = create("figure");
        figure.setAttribute("data-label", String.valueOf(label));
        HTMLElement canvas = create("canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", of("test image " + index + ": ", "测试图像 " + index + "：")
                + className(label));
        Canvas.drawSquare(canvas, images.featureArray(), index * FashionMnist.FEATURES, FashionMnist.ROWS, false);
        figure.appendChild(canvas);
        HTMLElement caption = create("figcaption");
        caption.setTextContent(className(label));
        figure.appendChild(caption);
        return figure;
    }

    private static String className(int label) {
        return of(FashionMnist.englishName(label), FashionMnist.chineseName(label));
    }

    private void status(String text) {
        root.querySelector("[data-out=\"status\"]").setTextContent(text);
    }

    private HTMLElement element(String role) {
        return root.querySelector("[data-role=\"" + role + "\"]");
    }

    private static HTMLElement create(String tag) {
        return HTMLDocument.current().createElement(tag);
    }
}

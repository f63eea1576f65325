package org.divelive.client.train;

import static org.divelive.client.train.FashionData.className;

import org.divelive.client.js.Canvas;
import org.divelive.client.js.Messages;
import org.divelive.client.js.Numbers;
import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.Words;
import org.divelive.math.data.FashionMnist;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Draws the worker's "views" message: weights as images, the confusion matrix, the mistakes gallery. */
record ClassifierPictures(HTMLElement weights, HTMLElement confusion, HTMLElement mistakes) {

    /** Empties the pictures: a new run has nothing to show yet. */
    void clear() {
        weights.setInnerHTML("");
        confusion.setInnerHTML("");
        mistakes.setInnerHTML("");
    }

    /** Draws the views and answers the test accuracy they show (the confusion matrix's diagonal share). */
    double draw(JSObject views, boolean perClass) {
        int units = (int) Messages.number(views, "units");
        float[] w = Messages.floats(views, "weights");
        weights.setInnerHTML("");
        for (int h = 0; h < units; h++) {
            weights.appendChild(picture(w, h, true, perClass ? className(h) : "#" + (h + 1)));
        }
        int[] counts = Messages.ints(views, "confusion");
        drawConfusion(counts);
        drawMistakes(views);
        int right = 0;
        int all = 0;
        for (int i = 0; i < counts.length; i++) {
            all += counts[i];
            right += i % (FashionMnist.CLASSES + 1) == 0 ? counts[i] : 0;
        }
        return all == 0 ? Double.NaN : right / (double) all;
    }

    private void drawConfusion(int[] counts) {
        int classes = FashionMnist.CLASSES;
        // the axes named in the head; a column shows its class's number (its row says which class that is), and
        // names the class to a screen reader
        StringBuilder html = new StringBuilder("<thead><tr><th rowspan=\"2\" scope=\"col\">")
                .append(Words.of("true class ↓", "真实类别 ↓")).append("</th><th colspan=\"").append(classes)
                .append("\" scope=\"colgroup\">").append(Words.of("predicted class →", "预测类别 →"))
                .append("</th></tr><tr>");
        for (int p = 0; p < classes; p++) {
            html.append("<th scope=\"col\" title=\"").append(className(p)).append("\">").append(p)
                    .append("<span class=\"visually-hidden\"> ").append(className(p)).append("</span></th>");
        }
        html.append("</tr></thead><tbody>");
        for (int t = 0; t < classes; t++) {
            int row = 0;
            for (int p = 0; p < classes; p++) {
                row += counts[t * classes + p];
            }
            html.append("<tr><th scope=\"row\">").append(t).append(' ').append(className(t)).append("</th>");
            for (int p = 0; p < classes; p++) {
                int count = counts[t * classes + p];
                double share = row == 0 ? 0 : count / (double) row;
                // the shade is the share of the row: a dark diagonal is a good classifier
                html.append("<td class=\"").append(t == p ? "hit" : "miss").append("\" style=\"--share:")
                        .append(Numbers.format(share, 3)).append("\">").append(count).append("</td>");
            }
            html.append("</tr>");
        }
        confusion.setInnerHTML(html.append("</tbody>").toString());
    }

    private void drawMistakes(JSObject views) {
        int found = (int) Messages.number(views, "mistakes");
        float[] pixels = Messages.floats(views, "mistakePixels");
        int[] facts = Messages.ints(views, "mistakeFacts");
        float[] probabilities = Messages.floats(views, "mistakeProbabilities");
        mistakes.setInnerHTML("");
        for (int m = 0; m < found; m++) {
            StringBuilder caption = new StringBuilder(Sentence.CLASSIFIER_TRUE_CLASS.format(
                    className(facts[m * 5 + 1])));
            for (int r = 0; r < 3; r++) {
                caption.append('\n').append(className(facts[m * 5 + 2 + r])).append(' ')
                        .append(Numbers.format(100 * probabilities[m * 3 + r], 3)).append('%');
            }
            mistakes.appendChild(picture(pixels, m, false, caption.toString()));
        }
    }

    /** Image {@code index} of {@code values} (28 × 28 each) on a canvas, with its caption. */
    private static HTMLElement picture(float[] values, int index, boolean signed, String caption) {
        HTMLElement figure = element("figure");
        HTMLElement canvas = element("canvas");
        Canvas.drawSquare(canvas, values, index * FashionMnist.FEATURES, FashionMnist.ROWS, signed);
        figure.appendChild(canvas);
        HTMLElement text = element("figcaption");
        text.setTextContent(caption);
        figure.appendChild(text);
        return figure;
    }

    private static HTMLElement element(String tag) {
        return HTMLDocument.current().createElement(tag);
    }
}

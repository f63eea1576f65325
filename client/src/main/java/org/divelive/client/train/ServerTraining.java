package org.divelive.client.train;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.divelive.client.js.Charts;
import org.divelive.client.js.Http;
import org.divelive.client.js.Messages;
import org.divelive.client.js.Site;
import org.divelive.client.js.TrainingChart;
import org.divelive.client.js.TrainingChart.Series;
import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.WidgetHost;
import org.teavm.jso.JSObject;

/**
 * The "Train on server" and "Load weights into page" buttons of a classifier widget: the widget's setup runs on the
 * server, its epochs are drawn into the widget's chart as a second pair of series, and once it is done its weights
 * can replace the page model's, so the pictures show what the server's model predicts.
 */
final class ServerTraining implements ServerRun.Listener {
    private final WidgetHost host;
    private final JSObject chart;
    private final Supplier<ClassifierSetup> setup;
    private final Consumer<JSObject> toWorker;
    private long runId = -1;
    private ServerRun run;
    private int epochsDone;

    ServerTraining(WidgetHost host, JSObject chart, Supplier<ClassifierSetup> setup, Consumer<JSObject> toWorker) {
        this.host = host;
        this.chart = chart;
        this.setup = setup;
        this.toWorker = toWorker;
        if (!Site.hasServer()) {
            // a static export without a server: nothing to train on or load from
            host.show("server", false);
            host.show("load", false);
        }
        host.show("cancel", false);
        host.on("server", this::start);
        host.on("load", this::load);
        host.on("cancel", this::cancel);
    }

    /** The run whose weights the page can load, -1 before one. */
    long runId() {
        return runId;
    }

    /** Epochs the latest server run completed. */
    int epochsDone() {
        return epochsDone;
    }

    void enable() {
        host.enable("server", true);
    }

    private void start() {
        ClassifierSetup current = setup.get();
        if (current == null) {
            return;
        }
        host.enable("server", false);
        host.enable("load", false);
        Charts.clear(chart, Series.SERVER_TEST_ACCURACY.index());
        Charts.clear(chart, Series.SERVER_TRAIN_LOSS.index());
        TrainingChart.show(chart, Series.SERVER_TEST_ACCURACY);
        TrainingChart.show(chart, Series.SERVER_TRAIN_LOSS);
        Charts.update(chart);
        host.status(Sentence.SERVER_SENDING.format() + " " + current.serverSentence());
        epochsDone = 0;
        run = ServerRun.start(current, this);
    }

    private void cancel() {
        if (run == null || !run.active()) {
            return;
        }
        host.enable("cancel", false);
        host.say(Sentence.SERVER_CANCELLING, run.id());
        run.cancel((status, body) -> {
            if (status != 200 && status != 202 && status != 409) {
                host.enable("cancel", true);
                host.say(Sentence.SERVER_REFUSED, Http.field(body, "error"));
            }
        });
    }

    @Override
    public void accepted(long id) {
        runId = id;
        host.enable("cancel", true);
        host.show("cancel", true);
        host.status(Sentence.SERVER_QUEUED.format(id) + " " + setup.get().serverSentence());
    }

    @Override
    public void polling(String runStatus, int epochs) {
        host.status(Sentence.SERVER_POLLING.format(run.id()) + " "
                + Sentence.SERVER_POLLED.format(run.id(), runStatus, epochs));
    }

    @Override
    public void progress(String json) {
        host.say(Sentence.SERVER_PROGRESS, runId, Http.field(json, "epoch"), Http.field(json, "step"),
                Http.field(json, "steps"));
    }

    @Override
    public void epoch(String json) {
        double epoch = Double.parseDouble(Http.field(json, "epoch"));
        epochsDone = (int) epoch;
        Charts.addPoint(chart, Series.SERVER_TEST_ACCURACY.index(), epoch, Double.parseDouble(Http.field(json, "testAccuracy")));
        Charts.addPoint(chart, Series.SERVER_TRAIN_LOSS.index(), epoch, Double.parseDouble(Http.field(json, "trainLoss")));
        Charts.update(chart);
    }

    @Override
    public void ended(String runStatus, String message) {
        host.enable("server", true);
        host.show("cancel", false);
        runId = run.id();
        if (runStatus.equals("finished") || runStatus.equals("cancelled")) {
            host.enable("load", true);
        }
        String ended = message.isEmpty() ? Sentence.SERVER_ENDED.format(runId, runStatus)
                : Sentence.SERVER_ENDED_SAYING.format(runId, runStatus, message);
        host.status(ended + ". " + setup.get().serverSentence());
    }

    @Override
    public void refused(String message) {
        host.enable("server", true);
        host.say(Sentence.SERVER_REFUSED, message);
    }

    private void load() {
        ServerRun.weights(runId, file -> {
            JSObject message = Messages.of("weights");
            Messages.put(message, "file", file);
            toWorker.accept(message);
        }, (code, message) -> host.say(Sentence.SERVER_WEIGHTS_UNAVAILABLE, message));
    }
}

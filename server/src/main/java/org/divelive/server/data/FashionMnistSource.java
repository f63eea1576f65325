package org.divelive.server.data;

import java.nio.file.Path;
import java.util.Optional;

import org.divelive.math.data.TrainTestSplit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Fashion-MNIST of a process. {@link #prepare} finds the four files (see {@link FashionMnistLocator}) or,
 * when no folder holds them, downloads them into the cache; the server does that on a background thread so the course
 * is served meanwhile. {@link #dataset} reads the files on first use and then shares the ~190 MB of floats with every
 * run. Until the files are there, and after they turn out unreadable, {@link #requireFiles} says why.
 */
public final class FashionMnistSource {
    private static final Logger LOG = LoggerFactory.getLogger(FashionMnistSource.class);

    private enum Phase { LOOKING, DOWNLOADING, READY, FAILED }

    /** Where preparation is; {@code message} explains any phase but READY. */
    private record State(Phase phase, Path folder, String message) {
    }

    private final DataSettings settings;
    private volatile State state = new State(Phase.LOOKING, null, "Fashion-MNIST is still being looked for");
    private TrainTestSplit dataset;

    public FashionMnistSource(DataSettings settings) {
        this.settings = settings;
    }

    /** Prepares on a daemon thread and returns at once. */
    public void prepareInBackground() {
        Thread thread = new Thread(this::prepareQuietly, "divelive-fashion-mnist");
        thread.setDaemon(true);
        thread.start();
    }

    private void prepareQuietly() {
        try {
            prepare();
        } catch (DataUnavailableException e) {
            LOG.warn("Fashion-MNIST is unavailable, so softmax and mlp runs are off: {}", e.getMessage());
        }
    }

    /** Finds the files or downloads them; throws, naming the cause, if neither works. */
    public void prepare() {
        FashionMnistLocator locator = settings.locator();
        Optional<Path> found = locator.find();
        if (found.isPresent()) {
            LOG.info("Fashion-MNIST: {}", found.get());
            state = new State(Phase.READY, found.get(), null);
            return;
        }
        Path cache = settings.cacheDir();
        LOG.info("Fashion-MNIST is in none of {}: downloading it once from {} into {}", locator.candidates(),
                settings.downloadBase(), cache);
        state = new State(Phase.DOWNLOADING, null, "Fashion-MNIST is being downloaded into " + cache
                + "; softmax and mlp runs can start once it is there (the server log shows the progress)");
        try {
            Path folder = new FashionMnistDownload(settings.downloadBase(), cache, LOG::info).fetchMissing();
            LOG.info("Fashion-MNIST downloaded and verified: {}", folder);
            state = new State(Phase.READY, folder, null);
        } catch (DataUnavailableException e) {
            state = new State(Phase.FAILED, null, "Fashion-MNIST is in none of " + locator.candidates() + ", and "
                    + e.getMessage());
            throw new DataUnavailableException(state.message(), e);
        }
    }

    /** Returns if the files are there and not known to be broken; else throws saying why and what to do. */
    public void requireFiles() {
        State now = state;
        if (now.phase() != Phase.READY) {
            throw new DataUnavailableException(now.message());
        }
    }

    /** The training and test sets, read from the files once; a broken file fails this and every later call. */
    public synchronized TrainTestSplit dataset() {
        requireFiles();
        if (dataset == null) {
            Path folder = state.folder();
            try {
                dataset = FashionMnistReader.read(folder);
            } catch (DataUnavailableException e) {
                state = new State(Phase.FAILED, folder, e.getMessage() + " (then restart DiveLive)");
                LOG.warn("Fashion-MNIST in {} cannot be read, so softmax and mlp runs are off: {}", folder,
                        e.getMessage());
                throw e;
            }
        }
        return dataset;
    }
}

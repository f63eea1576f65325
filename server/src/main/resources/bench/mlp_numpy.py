"""The anchor of DiveLive's training benchmark: the book's models from scratch in NumPy float32, timed on this machine.

Run by `divelive bench` (TrainingBenchmark) in the same run as the Java model, so both figures meet the same load:
    python3 mlp_numpy.py FOLDER EPOCHS HIDDEN
FOLDER holds the four Fashion-MNIST .gz files; HIDDEN 0 means softmax regression (O = X·W + b). The recipe is the
Java one: X/255 as float32, W ~ N(0, 0.01²), b = 0, batch 256 with a fresh shuffle each epoch, lr 0.1,
H = ReLU(X·W1 + b1), O = H·W2 + b2, softmax cross-entropy, dO = (P − Y)/B. Only the training steps are timed
(gather, forward, backward, update), as the Java side does.
Prints one `epoch <n> <seconds> <train loss>` line per epoch, after a `numpy <version> <blas>` line.
"""
import gzip
import sys
import time

import numpy as np


def idx(path, offset):
    with gzip.open(path, "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


def main():
    folder, epochs, hidden = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    x = idx(folder + "/train-images-idx3-ubyte.gz", 16).reshape(-1, 784).astype(np.float32) / np.float32(255)
    y = idx(folder + "/train-labels-idx1-ubyte.gz", 8).astype(np.int64)
    blas = np.show_config(mode="dicts").get("Build Dependencies", {}).get("blas", {})
    print("numpy", np.__version__, blas.get("name", "?") + "-" + str(blas.get("version", "?")), flush=True)
    rng = np.random.default_rng(42)
    n, d, k, batch, lr = x.shape[0], x.shape[1], 10, 256, np.float32(0.1)
    w1 = (rng.standard_normal((d, hidden)) * 0.01).astype(np.float32)
    b1 = np.zeros(hidden, np.float32)
    w2 = (rng.standard_normal((hidden or d, k)) * 0.01).astype(np.float32)
    b2 = np.zeros(k, np.float32)
    for epoch in range(1, epochs + 1):
        order = rng.permutation(n)
        loss_sum = 0.0
        started = time.perf_counter()
        for first in range(0, n, batch):
            rows = order[first:first + batch]
            xb, yb = x[rows], y[rows]
            b = xb.shape[0]
            h = np.maximum(xb @ w1 + b1, 0) if hidden else xb     # H = ReLU(X·W1 + b1), or X itself
            o = h @ w2 + b2                                       # O = H·W2 + b2
            o -= o.max(axis=1, keepdims=True)                     # row max off, only for stability
            p = np.exp(o)
            p /= p.sum(axis=1, keepdims=True)
            loss_sum += -np.log(p[np.arange(b), yb]).sum()
            p[np.arange(b), yb] -= 1
            d_o = p / np.float32(b)                               # dO = (P − Y)/B
            if hidden:
                d_h = (d_o @ w2.T) * (h > 0)                      # dZ = dO·W2ᵀ ⊙ [Z > 0]
            w2 -= lr * (h.T @ d_o)
            b2 -= lr * d_o.sum(axis=0)
            if hidden:
                w1 -= lr * (xb.T @ d_h)
                b1 -= lr * d_h.sum(axis=0)
        seconds = time.perf_counter() - started
        print("epoch", epoch, "%.4f" % seconds, "%.4f" % (loss_sum / n), flush=True)


main()

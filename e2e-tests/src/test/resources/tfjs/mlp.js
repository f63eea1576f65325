// The benchmark's anchor in the page: the same recipe as DiveLive's mlp-train widget, in TensorFlow.js on its wasm
// backend. 784-256-10 with ReLU, weights ~ N(0, 0.01²), biases 0, SGD lr 0.1, batch 256, a fresh shuffle per epoch,
// softmax cross-entropy on the logits. Each epoch's training time is measured as DiveLive's worker measures its own:
// the steps only, finished (dataSync) before the clock stops. window.anchor carries the results to the benchmark.
window.anchor = { epochs: [], error: null, backend: null, version: tf.version.tfjs };

async function bytes(path) {
  const response = await fetch(path);
  if (!response.ok) {
    throw new Error(path + " answered " + response.status);
  }
  return new Uint8Array(await response.arrayBuffer());
}

async function train() {
  const query = new URLSearchParams(location.search);
  const epochs = Number(query.get("epochs") || "3");
  tf.wasm.setWasmPaths(new URL("tfjs/", location.href).href);
  await tf.setBackend("wasm");
  await tf.ready();
  window.anchor.backend = tf.getBackend();
  const images = await bytes("data/train-images");
  const labels = await bytes("data/train-labels");
  const n = labels.length, d = 784, hidden = 256, k = 10, batch = 256;
  const pixels = new Float32Array(images.length);
  for (let i = 0; i < images.length; i++) {
    pixels[i] = images[i] / 255;
  }
  const x = tf.tensor2d(pixels, [n, d]);
  const y = tf.oneHot(tf.tensor1d(Int32Array.from(labels), "int32"), k).toFloat();
  const init = tf.initializers.randomNormal({ mean: 0, stddev: 0.01, seed: 42 });
  const model = tf.sequential({ layers: [
    tf.layers.dense({ inputShape: [d], units: hidden, activation: "relu", kernelInitializer: init }),
    tf.layers.dense({ units: k, kernelInitializer: init }),
  ] });
  const optimizer = tf.train.sgd(0.1);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    order[i] = i;
  }
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      const t = order[i]; order[i] = order[j]; order[j] = t;
    }
    let lossSum = 0;
    const started = performance.now();
    for (let first = 0; first < n; first += batch) {
      const rows = tf.tensor1d(order.subarray(first, Math.min(n, first + batch)), "int32");
      const xb = tf.gather(x, rows);
      const yb = tf.gather(y, rows);
      const loss = optimizer.minimize(() => tf.losses.softmaxCrossEntropy(yb, model.apply(xb)), true);
      lossSum += loss.dataSync()[0] * rows.shape[0];
      tf.dispose([rows, xb, yb, loss]);
    }
    const seconds = (performance.now() - started) / 1000;
    window.anchor.epochs.push({ epoch, seconds, samplesPerSecond: n / seconds, trainLoss: lossSum / n });
  }
}

train().catch(error => { window.anchor.error = String(error && error.stack || error); });

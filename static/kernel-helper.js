// The kernel helper: a second thread for the training worker's large matrix products, in a cross-origin isolated
// page (where SharedArrayBuffer exists). Both sides are in this file, so they agree on one control block: the
// training worker loads it with importScripts and calls KernelHelper.start, which starts this same file as a worker
// of its own (told apart by its name) that instantiates the same SIMD kernel module on the same shared memory and
// waits for products. A product comes in chunks of strips (client/simd/SimdKernels decides what is shared and
// packs it); both threads take chunks with an atomic counter, the helper only those already packed. The product's
// arguments, its state and the two counters are ints in a SharedArrayBuffer of their own; Atomics.wait/notify hand
// it over and back.
var KernelHelper = (function () {
  'use strict';
  var NAME = 'divelive-kernel-helper';
  // the control block: the state, the next chunk to take, the chunks packed, then the product's arguments
  var STATE = 0, NEXT = 1, PACKED = 2, PRODUCT = 3;
  var PACKED_AT = 3, CHUNK_BYTES = 4, CHUNK_STRIPS = 5, STRIPS = 6, B = 7, C = 8, N = 9, PANEL_BYTES = 10;
  var IDLE = 0, HANDED = 1, RUNNING = 2, DONE = 3;

  function chunks(control) {
    return Math.ceil(control[STRIPS] / control[CHUNK_STRIPS]);
  }

  function compute(kernels, control, chunk) {
    var strips = Math.min(control[CHUNK_STRIPS], control[STRIPS] - chunk * control[CHUNK_STRIPS]);
    kernels.strips(control[PACKED_AT] + chunk * control[CHUNK_BYTES], control[B], control[C], strips, control[N],
      control[PANEL_BYTES]);
  }

  function set(control, index, value) {
    Atomics.store(control, index, value);
    Atomics.notify(control, index);
  }

  // The training worker's side: the functions its Java code imports (client/simd/KernelImports); its own chunks it
  // computes with its own instance of the module.
  function start(kernelModule, memory) {
    var control = new Int32Array(new SharedArrayBuffer(4 * (PANEL_BYTES + 1)));
    var alive = true;
    var helper = new Worker(new URL('kernel-helper.js', self.location).href, { name: NAME });
    helper.onerror = function (event) {
      alive = false;
      console.warn('The kernel helper failed, training on one thread: ' + event.message);
    };
    helper.postMessage({ module: kernelModule, memory: memory, control: control.buffer });
    return {
      hasHelper: function () { return alive ? 1 : 0; },
      handOff: function (packed, chunkBytes, chunkStrips, strips, b, c, n, panelBytes) {
        [packed, chunkBytes, chunkStrips, strips, b, c, n, panelBytes].forEach(function (value, i) {
          control[PRODUCT + i] = value;
        });
        control[NEXT] = 0;
        control[PACKED] = 0;
        set(control, STATE, HANDED);
      },
      packed: function (count) { set(control, PACKED, count); },
      claim: function () {
        var chunk = Atomics.add(control, NEXT, 1);
        return chunk < chunks(control) ? chunk : -1;
      },
      join: function () {
        // the helper never began (still starting, or its core busy with other work): this thread did every chunk
        if (Atomics.compareExchange(control, STATE, HANDED, IDLE) === HANDED) {
          return;
        }
        var state;
        while ((state = Atomics.load(control, STATE)) !== DONE) {
          Atomics.wait(control, STATE, state);
        }
        set(control, STATE, IDLE);
      }
    };
  }

  // The helper's side: it blocks between products, and for chunks not packed yet, which a worker may.
  function serve(event) {
    var kernels = new WebAssembly.Instance(event.data.module, { env: { memory: event.data.memory } }).exports;
    var control = new Int32Array(event.data.control);
    for (;;) {
      var state = Atomics.load(control, STATE);
      if (state !== HANDED || Atomics.compareExchange(control, STATE, HANDED, RUNNING) !== HANDED) {
        Atomics.wait(control, STATE, state);
        continue;
      }
      for (var chunk = Atomics.add(control, NEXT, 1); chunk < chunks(control); chunk = Atomics.add(control, NEXT, 1)) {
        var packed;
        while ((packed = Atomics.load(control, PACKED)) <= chunk) {
          Atomics.wait(control, PACKED, packed);
        }
        compute(kernels, control, chunk);
      }
      set(control, STATE, DONE);
    }
  }

  if (self.name === NAME) {
    self.onmessage = serve;
  }
  return { start: start };
})();

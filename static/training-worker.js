// The Web Worker that trains in the page. It runs the TeaVM-compiled training code as WebAssembly where the browser
// supports WebAssembly GC (faster), else as JavaScript: the same Java source either way. Messages that arrive while
// the code loads are kept and handed over once it listens. Its files are found next to this script's folder, so the
// worker runs wherever the site is (the server's root, or a static export under any sub-path).
(function () {
  'use strict';
  var waiting = [];
  self.onmessage = function (event) { waiting.push(event); };

  // kernels: the SIMD kernel file the worker runs, or undefined
  function started(engine, kernels) {
    self.postMessage({ type: 'engine', name: engine, kernels: kernels });
    var pending = waiting;
    waiting = null;
    pending.forEach(function (event) { self.onmessage(event); });
  }

  function startJavaScript() {
    importScripts(new URL('../client/worker.js', self.location).href);
    main([]);
    started('JavaScript');
  }

  // The SIMD kernels (kernels-fma.wasm or kernels.wasm) run on the WebAssembly worker's own linear memory: the
  // worker's Java code copies operands there and calls them as imports. On a shared memory a kernel helper
  // (kernel-helper.js) runs them too, on a second core. Where the module does not compile (no WebAssembly SIMD),
  // stand-ins tell the Java side to keep its portable kernels.
  function kernelImports(kernelModule, teavmImports, shared) {
    var notLoaded = function () { throw new Error('the WebAssembly SIMD kernels are not loaded'); };
    var alone = { hasHelper: function () { return 0; } };
    ['handOff', 'packed', 'claim', 'join'].forEach(function (name) { alone[name] = notLoaded; });
    if (kernelModule) {
      try {
        var memory = teavmImports.env.memory;
        var kernels = new WebAssembly.Instance(kernelModule, { env: { memory: memory } }).exports;
        var helper = alone;
        if (shared) {
          importScripts(new URL('kernel-helper.js', self.location).href);
          helper = KernelHelper.start(kernelModule, memory);
        }
        var imports = { loaded: function () { return 1; } };
        [kernels, helper].forEach(function (functions) {
          Object.keys(functions).forEach(function (name) { imports[name] = functions[name]; });
        });
        return imports;
      } catch (e) {
        console.warn('WebAssembly SIMD kernels not used: ' + e);
      }
    }
    alone.loaded = function () { return 0; };
    alone.strips = notLoaded;
    return alone;
  }

  function compileModule(file) {
    return fetch(new URL('../client/' + file, self.location).href)
      .then(function (response) { return response.arrayBuffer(); })
      .then(function (bytes) { return WebAssembly.compile(bytes); })
      .then(function (module) { return { module: module, file: file }; });
  }

  // the fused multiply-add form needs relaxed SIMD; where it does not compile, plain SIMD's multiply then add
  function compileKernels(memory) {
    return compileModule('kernels-fma' + memory + '.wasm')
      .then(null, function () { return compileModule('kernels' + memory + '.wasm'); })
      .then(null, function () { return { module: null }; });
  }

  // on the page (passed on to this script), ?engine=js forces JavaScript and ?engine=wasm WebAssembly without the
  // SIMD kernels, for comparing the three; ?threads=1 keeps the SIMD kernels to this worker's thread
  var search = self.location.search;
  var forceJavaScript = search.indexOf('engine=js') >= 0;
  var plainWebAssembly = search.indexOf('engine=wasm') >= 0;
  // The WebAssembly worker, on a memory of its own or (shared) on a shared one with the kernel helper: the same Java
  // code either way; the shared build declares its memory shared and sized for the operands.
  function startWebAssembly(shared) {
    var memory = shared ? '-shared' : '';
    var kernels = plainWebAssembly ? Promise.resolve({ module: null }) : compileKernels(memory);
    return kernels.then(function (compiled) {
      var simd = false;
      return TeaVM.wasmGC.load(new URL('../client/worker' + memory + '.wasm', self.location).href, {
        installImports: function (imports) {
          if (shared) {
            // a shared memory cannot grow: the heap ends where the memory does, so an operand too large for it is
            // refused (SimdKernels then computes that product with the portable kernels), not written past the end
            imports.teavmMemory.maxSize = new WebAssembly.Global({ value: 'i32', mutable: false },
              imports.env.memory.buffer.byteLength - imports.teavmMemory.heapOffset.value);
          }
          imports.diveliveKernels = kernelImports(compiled.module, imports, shared);
          simd = imports.diveliveKernels.loaded() === 1;
        }
      }).then(function (teavm) {
        teavm.exports.main([]);
        if (simd) {
          started('WebAssembly SIMD', compiled.file);
        } else {
          started('WebAssembly');
        }
      });
    });
  }

  // A shared memory (for the kernel helper) needs a cross-origin isolated page: the server sends the headers for it,
  // a plain web host serving a static export does not, and there the worker keeps its memory to itself.
  var shared = self.crossOriginIsolated === true && !plainWebAssembly && search.indexOf('threads=1') < 0;
  if (!forceJavaScript && typeof WebAssembly === 'object' && typeof WebAssembly.Tag === 'function') {
    try {
      importScripts(new URL('../client/wasm-gc-runtime.js', self.location).href);
      startWebAssembly(shared).then(null, function (e) {
        if (!shared) {
          throw e;
        }
        // e.g. a device that cannot give the shared memory: the worker alone is still far faster than JavaScript
        console.warn('The shared WebAssembly worker failed, training on one thread: ' + e);
        return startWebAssembly(false);
      }).then(null, function (e) {
        console.warn('WebAssembly worker failed, training in JavaScript: ' + e);
        startJavaScript();
      });
      return;
    } catch (e) {
      // fall through to JavaScript
    }
  }
  startJavaScript();
})();

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
  // worker's Java code copies operands there and calls them as imports. Where the module does not compile (no
  // WebAssembly SIMD), stand-ins tell the Java side to keep its portable kernels.
  function kernelImports(kernelModule, teavmImports) {
    if (kernelModule) {
      try {
        var kernels = new WebAssembly.Instance(kernelModule, { env: { memory: teavmImports.env.memory } }).exports;
        var imports = { loaded: function () { return 1; } };
        Object.keys(kernels).forEach(function (name) { imports[name] = kernels[name]; });
        return imports;
      } catch (e) {
        console.warn('WebAssembly SIMD kernels not used: ' + e);
      }
    }
    var notLoaded = function () { throw new Error('the WebAssembly SIMD kernels are not loaded'); };
    return { loaded: function () { return 0; }, strips: notLoaded };
  }

  function compileModule(file) {
    return fetch(new URL('../client/' + file, self.location).href)
      .then(function (response) { return response.arrayBuffer(); })
      .then(function (bytes) { return WebAssembly.compile(bytes); })
      .then(function (module) { return { module: module, file: file }; });
  }

  // the fused multiply-add form needs relaxed SIMD; where it does not compile, plain SIMD's multiply then add
  function compileKernels() {
    return compileModule('kernels-fma.wasm')
      .then(null, function () { return compileModule('kernels.wasm'); })
      .then(null, function () { return { module: null }; });
  }

  // on the page (passed on to this script), ?engine=js forces JavaScript and ?engine=wasm WebAssembly without the
  // SIMD kernels, for comparing the three
  var search = self.location.search;
  var forceJavaScript = search.indexOf('engine=js') >= 0;
  var plainWebAssembly = search.indexOf('engine=wasm') >= 0;
  if (!forceJavaScript && typeof WebAssembly === 'object' && typeof WebAssembly.Tag === 'function') {
    try {
      importScripts(new URL('../client/wasm-gc-runtime.js', self.location).href);
      var kernels = plainWebAssembly ? Promise.resolve({ module: null }) : compileKernels();
      kernels.then(function (compiled) {
        var simd = false;
        return TeaVM.wasmGC.load(new URL('../client/worker.wasm', self.location).href, {
          installImports: function (imports) {
            imports.diveliveKernels = kernelImports(compiled.module, imports);
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

// The Web Worker that trains in the page. It runs the TeaVM-compiled training code as WebAssembly where the browser
// supports WebAssembly GC (faster), else as JavaScript: the same Java source either way. Messages that arrive while
// the code loads are kept and handed over once it listens. Its files are found next to this script's folder, so the
// worker runs wherever the site is (the server's root, or a static export under any sub-path).
(function () {
  'use strict';
  var waiting = [];
  self.onmessage = function (event) { waiting.push(event); };

  function started(engine) {
    self.postMessage({ type: 'engine', name: engine });
    var pending = waiting;
    waiting = null;
    pending.forEach(function (event) { self.onmessage(event); });
  }

  function startJavaScript() {
    importScripts(new URL('../client/worker.js', self.location).href);
    main([]);
    started('JavaScript');
  }

  // ?engine=js on the page (passed on to this script) forces JavaScript, for comparing the two
  var forceJavaScript = self.location.search.indexOf('engine=js') >= 0;
  if (!forceJavaScript && typeof WebAssembly === 'object' && typeof WebAssembly.Tag === 'function') {
    try {
      importScripts(new URL('../client/wasm-gc-runtime.js', self.location).href);
      TeaVM.wasmGC.load(new URL('../client/worker.wasm', self.location).href).then(function (teavm) {
        teavm.exports.main([]);
        started('WebAssembly');
      }, startJavaScript);
      return;
    } catch (e) {
      // fall through to JavaScript
    }
  }
  startJavaScript();
})();

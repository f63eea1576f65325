// Boot of a lesson page, run after the deferred libraries: typeset the TeX the server left in .math spans, then
// mount the lesson's widgets (main() is the TeaVM bundle's entry point).
(function () {
  'use strict';
  document.querySelectorAll('.math').forEach(function (element) {
    katex.render(element.textContent, element, {
      displayMode: element.classList.contains('math-display'),
      throwOnError: false // a typo in a formula shows in red in place, the rest of the page still renders
    });
  });
  main([]);
})();

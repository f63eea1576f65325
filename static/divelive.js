// Boot of a lesson page, run after the deferred libraries: typeset the TeX the server left in .math spans, give the
// charts the theme's colours, then mount the lesson's widgets (main() is the TeaVM bundle's entry point).
(function () {
  'use strict';
  document.querySelectorAll('.math').forEach(function (element) {
    katex.render(element.textContent, element, {
      displayMode: element.classList.contains('math-display'),
      throwOnError: false // a typo in a formula shows in red in place, the rest of the page still renders
    });
  });

  // chart text and grid lines follow the page's theme, also when the reader switches it
  function themeCharts() {
    var style = getComputedStyle(document.documentElement);
    Chart.defaults.color = style.getPropertyValue('--muted').trim();
    Chart.defaults.borderColor = style.getPropertyValue('--border').trim();
    Object.values(Chart.instances).forEach(function (chart) { chart.update('none'); });
  }
  themeCharts();
  document.addEventListener('divelive:theme', themeCharts);
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', themeCharts);

  main([]);
})();

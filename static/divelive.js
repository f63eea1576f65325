// Boot of a lesson page, run after the deferred libraries. No step may hold the main thread for long (a task over
// 50 ms delays the reader's first click, one over 200 ms is felt): the TeX the server left in .math spans is typeset
// in slices between tasks, the formulas in the window first; the widgets' code (Chart.js, the overlays' scripts and
// the client bundle, <body data-widget-scripts>) loads when the first widget comes near the window, each script
// evaluated in a task of its own, and a page without widgets never loads it; each widget then mounts in a task of its
// own (so its data, e.g. Fashion-MNIST, downloads only then); charts follow the page's theme. Boxes wider than the
// column are marked as they appear (static/site.js).
(function () {
  'use strict';
  // short enough that a slice stays under 50 ms on a phone four times slower than this machine's reference
  var SLICE_MS = 10;
  // a widget mounts once it is within a window's height of being seen, so it is ready when the reader gets there
  var NEAR = '100% 0px';

  function later(work) {
    if (window.requestIdleCallback) { requestIdleCallback(work, { timeout: 300 }); } else { setTimeout(work, 0); }
  }

  function typeset(element) {
    katex.render(element.textContent, element, {
      displayMode: element.classList.contains('math-display'),
      throwOnError: false // a typo in a formula shows in red in place, the rest of the page still renders
    });
    element.classList.add('typeset');
  }

  // the displayed formulas of a slice just typeset, measured together in a later task: by then the browser has laid
  // them out on its own, so measuring costs nothing, where measuring at once forced that layout into the typesetting
  // task (90 ms more in the first one)
  function measureDisplayed(elements) {
    var displayed = elements.filter(function (element) { return element.classList.contains('math-display'); });
    if (displayed.length) { later(function () { DiveLive.watchTypeset(displayed); }); }
  }

  // formulas in (or just below) the window first, then the ones further down, then those above
  var formulas = Array.prototype.slice.call(document.querySelectorAll('.math'));
  var height = window.innerHeight;
  var inView = [], below = [], above = [];
  formulas.forEach(function (element) {
    // measured by its text block, whose box is known without laying out the text (static/divelive.css)
    var rect = (element.closest('.lesson > *') || element).getBoundingClientRect();
    (rect.bottom < 0 ? above : rect.top < 1.5 * height ? inView : below).push(element);
  });
  var queue = below.concat(above.reverse());

  function typesetRest() {
    var start = performance.now();
    var slice = [];
    while (queue.length && performance.now() - start < SLICE_MS) {
      slice.push(queue.shift());
      typeset(slice[slice.length - 1]);
    }
    measureDisplayed(slice);
    if (queue.length) {
      later(typesetRest);
    } else {
      document.documentElement.setAttribute('data-typeset', 'done');
    }
  }
  inView.forEach(typeset);
  measureDisplayed(inView);

  // the widgets' code, fetched and run once, in the page's order (async = false keeps the order of added scripts);
  // then chart text and grid lines follow the page's theme, also when the reader switches it (static/charts.js)
  var widgetCode = null;
  function loadWidgetCode() {
    if (!widgetCode) {
      var sources = (document.body.getAttribute('data-widget-scripts') || '').split(' ').filter(Boolean);
      widgetCode = new Promise(function (resolve, reject) {
        sources.forEach(function (source, i) {
          var script = document.createElement('script');
          script.src = source;
          script.async = false;
          script.onerror = function () { reject(new Error('could not load ' + source)); };
          if (i === sources.length - 1) { script.onload = resolve; }
          document.body.appendChild(script);
        });
      }).then(function () { DiveLive.charts.followTheme(); });
    }
    return widgetCode;
  }

  // widgets: the ones a link's hash sets up mount at once (the page scrolls to them); the others as they come near
  var widgets = Array.prototype.slice.call(document.querySelectorAll('[data-widget]'));
  var hash = location.hash;
  try { hash = decodeURIComponent(hash); } catch (e) { /* a malformed escape: the hash as it stands */ }
  // code that did not arrive (offline, a proxy) leaves the widget saying so, in the page's language
  function mountSoon(element) {
    loadWidgetCode().then(function () {
      setTimeout(function () { mountWidget(element); DiveLive.watchScrolling(element); }, 0);
    }, function () {
      var message = document.createElement('p');
      message.setAttribute('role', 'alert');
      message.className = 'field-error';
      message.textContent = document.body.getAttribute('data-label-widget-unavailable');
      element.appendChild(message);
    });
  }
  var linked = widgets.filter(function (element) {
    return hash.indexOf(element.getAttribute('data-widget') + ':') >= 0;
  });
  if (!('IntersectionObserver' in window)) {
    widgets.forEach(mountSoon);
  } else {
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) { observer.unobserve(entry.target); mountSoon(entry.target); }
      });
    }, { rootMargin: NEAR });
    widgets.forEach(function (element) {
      if (linked.indexOf(element) < 0) { observer.observe(element); }
    });
    linked.forEach(mountSoon);
  }
  // a fragment that carries setups names no element, so the browser cannot follow it: once the widgets it sets up
  // are mounted (the tasks queued above run first), the page scrolls to its section or its first widget
  if (linked.length) { loadWidgetCode().then(function () { setTimeout(landOnLink, 0); }); }
  setTimeout(function () { later(typesetRest); }, 0);
})();

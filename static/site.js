// The comforts every page shares: theme toggle, language switch that keeps the section, copy buttons on code,
// "done" marks kept in this browser, and the current section highlighted in the table of contents.
(function () {
  'use strict';

  function store(key, value) {
    try {
      if (value === null) { localStorage.removeItem(key); } else { localStorage.setItem(key, value); }
    } catch (e) { /* storage off: the feature just does not persist */ }
  }

  function load(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }

  // theme: an explicit choice wins over the system setting
  var toggle = document.querySelector('.theme-toggle');
  function currentTheme() {
    var chosen = document.documentElement.getAttribute('data-theme');
    if (chosen) { return chosen; }
    return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  function showTheme() {
    toggle.textContent = currentTheme() === 'dark' ? '☀' : '☾';
    toggle.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  }
  if (toggle) {
    showTheme();
    toggle.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.setAttribute('data-theme', next);
      store('divelive.theme', next);
      showTheme();
      document.dispatchEvent(new CustomEvent('divelive:theme', { detail: next }));
    });
  }

  // the section the reader is in: the last second-level heading above the top of the window
  var headings = Array.prototype.slice.call(document.querySelectorAll('article.lesson h2[id]'));
  function currentSection() {
    var index = -1;
    headings.forEach(function (heading, i) {
      if (heading.getBoundingClientRect().top < 120) { index = i; }
    });
    return index;
  }

  // language switch: the translation has the same sections in the same order, so go to the same position, and
  // take the widgets' setups along (the fragment's "widget:…" parts, see the client's widget/SetupHash)
  var switcher = document.querySelector('.language-switch');
  if (switcher) {
    switcher.addEventListener('click', function (event) {
      var targets = JSON.parse(switcher.getAttribute('data-sections') || '[]');
      var index = currentSection();
      var parts = location.hash.substring(1).split(';').filter(function (part) { return part.indexOf(':') > 0; });
      if (index >= 0 && index < targets.length) {
        parts.unshift(encodeURIComponent(targets[index]));
      }
      if (parts.length) {
        event.preventDefault();
        window.location.href = switcher.getAttribute('href') + '#' + parts.join(';');
      }
    });
  }

  // table of contents: mark the section being read
  var tocLinks = Array.prototype.slice.call(document.querySelectorAll('.toc a'));
  function markSection() {
    var index = currentSection();
    tocLinks.forEach(function (link, i) {
      if (i === index) { link.setAttribute('aria-current', 'true'); } else { link.removeAttribute('aria-current'); }
    });
  }
  if (tocLinks.length) {
    window.addEventListener('scroll', markSection, { passive: true });
    // after the first layout, not before it: measuring the headings now would force that layout into this task
    requestAnimationFrame(function () { setTimeout(markSection, 0); });
  }

  // a box wider than its column scrolls sideways; then the keyboard must reach it (tabindex), a screen reader hears
  // what it is, and the stylesheet shows a hint above it and a shadow at each edge with more beyond it (.scrolls).
  // Watched for size changes, so a formula typeset later or a table a widget fills is marked when it grows.
  var SCROLL_BOXES = 'article pre, .table-scroll, .math-display.typeset, .ag-scroll, table.confusion';
  var scrollsLabel = document.body.getAttribute('data-label-scrolls') || 'Scrolls sideways';
  // all boxes measured first, then all marked: a mark between two measurements would force a layout each time
  function markScrolling(boxes) {
    boxes.map(function (box) { return box.scrollWidth > box.clientWidth + 1; }).forEach(function (scrolls, i) {
      mark(boxes[i], scrolls);
    });
  }
  function mark(box, scrolls) {
    if (scrolls === box.classList.contains('scrolls')) { return; }
    box.classList.toggle('scrolls', scrolls);
    if (scrolls) {
      box.setAttribute('tabindex', '0');
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', scrollsLabel);
    } else {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
  }
  var resized = window.ResizeObserver ? new ResizeObserver(function (entries) {
    markScrolling(entries.map(function (entry) { return entry.target; }));
  }) : null;
  var DiveLive = window.DiveLive = window.DiveLive || {};
  function boxesIn(roots) {
    var boxes = [];
    roots.forEach(function (root) {
      boxes.push.apply(boxes, root.querySelectorAll(SCROLL_BOXES));
      if (root.matches && root.matches(SCROLL_BOXES)) { boxes.push(root); }
    });
    return boxes;
  }
  // every scroll box in root (the page, a widget once mounted), now and as it resizes
  DiveLive.watchScrolling = function (root) {
    var boxes = boxesIn([root]);
    if (resized) { boxes.forEach(function (box) { resized.observe(box); }); } else { markScrolling(boxes); }
  };
  // formulas just typeset: measured at once as well as watched. One in a text block laid out only near the window
  // (content-visibility, static/divelive.css) may have been shown, left and typeset out of sight; shown again at
  // the same size, it would never reach the observer
  DiveLive.watchTypeset = function (formulas) {
    var boxes = boxesIn(formulas);
    if (resized) { boxes.forEach(function (box) { resized.observe(box); }); }
    markScrolling(boxes);
  };

  // copy buttons on code blocks, in a bar of their own above the code so they never cover a line
  var copyLabel = document.body.getAttribute('data-label-copy') || 'Copy';
  var copiedLabel = document.body.getAttribute('data-label-copied') || 'Copied';
  document.querySelectorAll('article pre').forEach(function (pre) {
    var block = document.createElement('div');
    block.className = 'code-block';
    var tools = document.createElement('div');
    tools.className = 'code-tools';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = copyLabel;
    button.addEventListener('click', function () {
      var text = pre.querySelector('code') ? pre.querySelector('code').textContent : pre.textContent;
      navigator.clipboard.writeText(text).then(function () {
        button.textContent = copiedLabel;
        setTimeout(function () { button.textContent = copyLabel; }, 1500);
      });
    });
    tools.appendChild(button);
    pre.parentNode.insertBefore(block, pre);
    block.appendChild(tools);
    block.appendChild(pre);
  });
  DiveLive.watchScrolling(document);

  // done marks: one per lesson slug, shared by both languages
  function isDone(slug) { return load('divelive.done.' + slug) === '1'; }
  document.querySelectorAll('.lesson-list li[data-slug]').forEach(function (item) {
    if (isDone(item.getAttribute('data-slug'))) { item.classList.add('done'); }
  });
  var doneButton = document.querySelector('.done-toggle');
  function showDone() {
    var done = isDone(doneButton.getAttribute('data-slug'));
    doneButton.textContent = doneButton.getAttribute(done ? 'data-label-done' : 'data-label-todo');
    doneButton.setAttribute('aria-pressed', String(done));
  }
  if (doneButton) {
    showDone();
    doneButton.addEventListener('click', function () {
      var slug = doneButton.getAttribute('data-slug');
      store('divelive.done.' + slug, isDone(slug) ? null : '1');
      showDone();
      // a joined learner's page also reports it to the class (static/classmode.js); nobody else listens
      document.dispatchEvent(new CustomEvent('divelive:done', { detail: { slug: slug, done: isDone(slug) } }));
    });
  }
})();

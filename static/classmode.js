// Class mode in a lesson page: whether this reader joined a class (static/join.js keeps their learner token in
// localStorage), and, only then, reporting done marks and exercise attempts to the class. A reader who never joined
// keeps everything in this browser, as before: this script then sends nothing. A learner's page also takes the
// done marks the class keeps for them, so a reload or another device shows the same.
(function () {
  'use strict';
  var KEY = 'divelive.learner';
  var learner = null;
  try { learner = JSON.parse(localStorage.getItem(KEY)); } catch (e) { learner = null; }
  if (!learner || typeof learner.token !== 'string') { window.DiveLiveLearner = null; return; }
  // read by the widgets' "Train on server" (client js/Http.java) and by static/assignments.js
  window.DiveLiveLearner = { token: learner.token, name: learner.name, className: learner.className };

  function send(method, url, body) {
    return fetch(url, {
      method: method,
      headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + learner.token },
      body: JSON.stringify(body)
    }).then(function (response) {
      // the class was deleted or the token replaced on another device: this browser is no longer a learner
      if (response.status === 401) { localStorage.removeItem(KEY); }
      return response;
    }, function () { return null; });
  }

  document.addEventListener('divelive:done', function (event) {
    send('PUT', '/api/learner/lessons/' + encodeURIComponent(event.detail.slug), { done: event.detail.done });
  });
  document.addEventListener('divelive:attempt', function (event) {
    send('POST', '/api/learner/attempts', event.detail);
  });

  // the class's record wins over this browser's: a learner who marked a lesson on another device (or whose
  // browser forgot) sees the marks the server keeps, here and, through localStorage, on every page after
  function showDone(slug, done) {
    try {
      if (done) { localStorage.setItem('divelive.done.' + slug, '1'); } else { localStorage.removeItem('divelive.done.' + slug); }
    } catch (e) { /* storage off: the page below still shows it */ }
    document.querySelectorAll('.lesson-list li[data-slug="' + slug + '"]').forEach(function (item) {
      item.classList.toggle('done', done);
    });
    var button = document.querySelector('.done-toggle[data-slug="' + slug + '"]');
    if (button) {
      button.textContent = button.getAttribute(done ? 'data-label-done' : 'data-label-todo');
      button.setAttribute('aria-pressed', String(done));
    }
  }
  fetch('/api/learner', { headers: { 'Authorization': 'Bearer ' + learner.token } }).then(function (response) {
    if (response.status === 401) { localStorage.removeItem(KEY); return null; }
    return response.ok ? response.json() : null;
  }).then(function (me) {
    if (!me) { return; }
    Object.keys(me.done).filter(function (slug) { return /^[a-z0-9-]+$/.test(slug); }).forEach(function (slug) {
      showDone(slug, me.done[slug] === true);
    });
    document.documentElement.setAttribute('data-learner-synced', 'true');
  }, function () { /* offline: this browser's marks stay */ });

  var header = document.querySelector('.site-header');
  if (header) {
    var badge = document.createElement('span');
    badge.className = 'learner-badge';
    badge.textContent = learner.name + ' · ' + learner.className;
    header.insertBefore(badge, header.querySelector('.language-switch'));
  }
})();

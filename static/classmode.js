// Class mode in a lesson page: whether this reader joined a class (static/join.js keeps their learner token in
// localStorage), and, only then, reporting done marks and exercise attempts to the class. A reader who never joined
// keeps everything in this browser, as before: this script then sends nothing.
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

  var header = document.querySelector('.site-header');
  if (header) {
    var badge = document.createElement('span');
    badge.className = 'learner-badge';
    badge.textContent = learner.name + ' · ' + learner.className;
    header.insertBefore(badge, header.querySelector('.language-switch'));
  }
})();

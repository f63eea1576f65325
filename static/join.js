// The join page (/join/CODE): a display name becomes a learner token kept in this browser's localStorage (read by
// static/classmode.js); the recovery code is shown once. "Continue on another device" trades name and recovery code
// for a token of this browser, the learner's other devices staying signed in. Names are set as text, never as HTML;
// every word is the page language's (static/classwords.js).
(function () {
  'use strict';
  var KEY = 'divelive.learner';
  var word = window.DiveLiveWords.word;
  var failure = window.DiveLiveWords.failure;
  var main = document.querySelector('[data-join-code]');
  var code = main.getAttribute('data-join-code');
  var status = main.querySelector('.join-status');
  var className = main.querySelector('.class-name');

  function post(url, body) {
    return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (response) {
        return response.json().then(function (json) { return { status: response.status, body: json }; });
      });
  }

  function keep(answer) {
    localStorage.setItem(KEY, JSON.stringify({ token: answer.learnerToken, name: answer.learner.name,
      className: answer.class.name, classId: answer.class.id, joinCode: answer.class.joinCode }));
  }

  fetch('/api/join/' + encodeURIComponent(code)).then(function (response) {
    return response.json().then(function (json) { return { status: response.status, body: json }; });
  }).then(function (answer) {
    if (answer.status !== 200) { status.textContent = failure('join', answer); return; }
    className.textContent = word('classLabel') + answer.body.name + (answer.body.closed ? word('closedSuffix') : '');
  });

  main.querySelector('.join-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var name = event.target.elements.name.value;
    post('/api/classes/' + encodeURIComponent(code) + '/learners', { name: name }).then(function (answer) {
      if (answer.status !== 201) { status.textContent = failure('join', answer); return; }
      keep(answer.body);
      status.textContent = word('joinedAs', { name: answer.body.learner.name });
      main.querySelector('.recovery-code').textContent = answer.body.recoveryCode;
      main.querySelector('.join-done').hidden = false;
      main.querySelector('.join-form').hidden = true;
      main.querySelector('.recover').hidden = true;
    }, function () { status.textContent = word('unreachable'); });
  });

  main.querySelector('.recover-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target.elements;
    post('/api/classes/' + encodeURIComponent(code) + '/recover',
      { name: form.name.value, recoveryCode: form.recoveryCode.value }).then(function (answer) {
      if (answer.status !== 200) { status.textContent = failure('join', answer); return; }
      keep(answer.body);
      status.textContent = word('welcomeBack', { name: answer.body.learner.name })
        + (answer.body.signedOut > 0 ? ' ' + word('signedOutOldest', { most: answer.body.mostDevices }) : '');
      main.querySelector('.join-form').hidden = true;
    }, function () { status.textContent = word('unreachable'); });
  });
})();

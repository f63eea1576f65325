// The join page (/join/CODE): a display name becomes a learner token kept in this browser's localStorage (read by
// static/classmode.js); the recovery code is shown once. "Continue on another device" trades name and recovery code
// for a new token. Names are set as text, never as HTML.
(function () {
  'use strict';
  var KEY = 'divelive.learner';
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
    if (answer.status !== 200) { status.textContent = answer.body.error; return; }
    className.textContent = className.getAttribute('data-label') + answer.body.name
      + (answer.body.closed ? ' (closed)' : '');
  });

  main.querySelector('.join-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var name = event.target.elements.name.value;
    post('/api/classes/' + encodeURIComponent(code) + '/learners', { name: name }).then(function (answer) {
      if (answer.status !== 201) { status.textContent = answer.body.error; return; }
      keep(answer.body);
      status.textContent = 'Joined as ' + answer.body.learner.name + '.';
      main.querySelector('.recovery-code').textContent = answer.body.recoveryCode;
      main.querySelector('.join-done').hidden = false;
      main.querySelector('.join-form').hidden = true;
      main.querySelector('.recover').hidden = true;
    }, function () { status.textContent = 'The server could not be reached.'; });
  });

  main.querySelector('.recover-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target.elements;
    post('/api/classes/' + encodeURIComponent(code) + '/recover',
      { name: form.name.value, recoveryCode: form.recoveryCode.value }).then(function (answer) {
      if (answer.status !== 200) { status.textContent = answer.body.error; return; }
      keep(answer.body);
      status.textContent = 'Welcome back, ' + answer.body.learner.name + '. This browser now continues your progress.';
      main.querySelector('.join-form').hidden = true;
    }, function () { status.textContent = 'The server could not be reached.'; });
  });
})();

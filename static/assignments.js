// Assignments in a lesson (rendered by the server from ```assignment blocks): the Submit button sends the widget's
// current settings, the server trains that setup again and judges it; this script follows the verification and shows
// the verified result and the learner's best submission. Only a learner who joined a class can submit.
(function () {
  'use strict';
  var zh = document.documentElement.lang.indexOf('zh') === 0;
  var words = zh ? {
    join: '加入班级后才能提交（使用讲师给你的链接）。', sending: '正在提交……', queued: '已提交，等待服务器验证……',
    verifying: '服务器正在重新训练这个设置……', passed: '通过：', failed: '未通过：', best: '你最好的一次提交：',
    none: '还没有经过验证的提交。', unreachable: '无法连接服务器。', unfinished: '服务器的验证训练没有完成。',
    figures: '服务器重新训练的最后一轮：训练准确率 {train}，测试准确率 {test}。', bestStatus: { passed: '通过', failed: '未通过' },
    bestFigure: '，测试准确率 {test}，设置：'
  } : {
    join: 'Join a class to submit (use the link your instructor gave you).', sending: 'Submitting…',
    queued: 'Submitted; waiting for the server to verify it…', verifying: 'The server is training this setup again…',
    passed: 'Passed: ', failed: 'Not passed: ', best: 'Your best submission: ', none: 'No verified submission yet.',
    unreachable: 'The server could not be reached.', unfinished: null,
    figures: 'train accuracy {train}, test accuracy {test} on the last epoch of the server\'s re-run.',
    bestStatus: { passed: 'passed', failed: 'not passed' }, bestFigure: ', test accuracy {test}, with '
  };
  var POLL_MS = 1000;

  function call(method, url, body) {
    var learner = window.DiveLiveLearner;
    return fetch(url, {
      method: method,
      headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + learner.token },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (json) { return { status: response.status, body: json }; });
    });
  }

  function figure(value) { return value === null || value === undefined ? '–' : value.toFixed(4); }

  /** A sentence of words with {train} and {test} filled in by the submission's verified figures. */
  function figures(sentence, submission) {
    return sentence.replace('{train}', figure(submission.trainAccuracy)).replace('{test}',
      figure(submission.testAccuracy));
  }

  document.querySelectorAll('.assignment[data-assignment]').forEach(function (section) {
    var id = section.getAttribute('data-assignment');
    var button = section.querySelector('.assignment-submit');
    var status = section.querySelector('.assignment-status');
    var best = section.querySelector('.assignment-best');
    if (!document.documentElement.hasAttribute('data-api')) {
      // a static export without a server: the widget still trains in the page, but nobody can verify it
      button.hidden = true;
      return;
    }
    if (!window.DiveLiveLearner) {
      button.disabled = true;
      status.textContent = words.join;
      return;
    }

    function settings() {
      var fields = {};
      section.querySelectorAll('[data-widget] [data-field]').forEach(function (field) {
        var value = field.value.trim();
        if (value !== '') { fields[field.getAttribute('data-field')] = value; }
      });
      return fields;
    }

    function showResult(submission) {
      section.setAttribute('data-status', submission.status);
      if (submission.status === 'queued' || submission.status === 'verifying') {
        status.textContent = words[submission.status];
        return false;
      }
      // the figures in the page's words; a run that did not finish has none, and its reason is the server's English
      var measured = typeof submission.testAccuracy === 'number';
      status.textContent = (submission.status === 'passed' ? words.passed : words.failed)
        + (measured ? figures(words.figures, submission) : words.unfinished || submission.message);
      return true;
    }

    function follow(submissionId) {
      call('GET', '/api/submissions/' + submissionId).then(function (answer) {
        if (answer.status !== 200) { status.textContent = answer.body.error; button.disabled = false; return; }
        if (showResult(answer.body)) { button.disabled = false; showBest(); return; }
        setTimeout(function () { follow(submissionId); }, POLL_MS);
      }, function () { status.textContent = words.unreachable; button.disabled = false; });
    }

    function showBest() {
      call('GET', '/api/assignments/' + id + '/submissions').then(function (answer) {
        if (answer.status !== 200) { return; }
        var top = answer.body.best;
        if (!top) { best.textContent = words.none; return; }
        var chosen = Object.keys(top.config).filter(function (name) { return name !== 'model'; })
          .map(function (name) { return name + ' = ' + top.config[name]; }).join(', ');
        // the settings as the assignment's own lines write them (its target and locks): names the API reads
        best.textContent = words.best + words.bestStatus[top.status] + figures(words.bestFigure, top);
        best.appendChild(document.createElement('code')).textContent = chosen;
        var pending = answer.body.submissions.filter(function (s) { return s.status === 'queued' || s.status === 'verifying'; });
        if (pending.length > 0 && !button.disabled) { button.disabled = true; follow(pending[0].id); }
      }, function () { });
    }

    button.addEventListener('click', function () {
      button.disabled = true;
      status.textContent = words.sending;
      call('POST', '/api/assignments/' + id + '/submissions', settings()).then(function (answer) {
        if (answer.status === 202) { showResult(answer.body); follow(answer.body.id); return; }
        button.disabled = false;
        var fields = answer.body.errors ? Object.keys(answer.body.errors).map(function (name) {
          return answer.body.errors[name];
        }) : [];
        status.textContent = answer.body.error + (fields.length > 1 ? ' (' + fields.join('; ') + ')' : '');
      }, function () { button.disabled = false; status.textContent = words.unreachable; });
    });
    showBest();
  });
})();

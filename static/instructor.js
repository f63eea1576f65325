// The instructor page (/instructor): create, rename, close, reopen and delete classes, and hand out join links.
// Every name is set as text, never as HTML; every word is the page language's (static/classwords.js).
(function () {
  'use strict';
  var word = window.DiveLiveWords.word;
  var failure = window.DiveLiveWords.failure;
  var prefix = window.DiveLiveWords.prefix;
  var instructor = window.DiveLiveAdmin.page('.instructor');
  var main = instructor.main;
  var section = main.querySelector('.class-admin');
  var status = main.querySelector('.admin-status');
  var rows = main.querySelector('.class-table tbody');

  function cell(row, text) {
    var td = document.createElement('td');
    if (text !== undefined) { td.textContent = text; }
    row.appendChild(td);
    return td;
  }

  function action(td, label, run) {
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', run);
    td.appendChild(button);
  }

  function answered(answer) {
    if (answer.status >= 400) { status.textContent = failure('instructor', answer); }
    return load();
  }

  function load() {
    return instructor.call('GET', '/api/classes').then(function (answer) {
      if (answer.status !== 200) { status.textContent = failure('instructor', answer); section.hidden = true; return; }
      section.hidden = false;
      rows.textContent = '';
      answer.body.classes.forEach(function (schoolClass) {
        var row = document.createElement('tr');
        row.setAttribute('data-class-id', schoolClass.id);
        var name = cell(row);
        var link = document.createElement('a');
        link.href = prefix + '/instructor/classes/' + schoolClass.id;
        link.textContent = schoolClass.name;
        name.appendChild(link);
        var join = cell(row);
        var joinLink = document.createElement('a');
        joinLink.className = 'join-url';
        joinLink.href = prefix + schoolClass.joinUrl;
        joinLink.textContent = location.origin + prefix + schoolClass.joinUrl;
        join.appendChild(joinLink);
        cell(row, String(schoolClass.learners));
        cell(row, word(schoolClass.closed ? 'stateClosed' : 'stateOpen'));
        var actions = cell(row);
        action(actions, word('rename'), function () {
          var name = prompt(word('renamePrompt', { name: schoolClass.name }), schoolClass.name);
          if (name) { instructor.call('PATCH', '/api/classes/' + schoolClass.id, { name: name }).then(answered); }
        });
        action(actions, word(schoolClass.closed ? 'reopen' : 'close'), function () {
          instructor.call('PATCH', '/api/classes/' + schoolClass.id, { closed: !schoolClass.closed }).then(answered);
        });
        action(actions, word('delete'), function () {
          if (confirm(word('deleteConfirm', { name: schoolClass.name }))) {
            instructor.call('DELETE', '/api/classes/' + schoolClass.id).then(answered);
          }
        });
        rows.appendChild(row);
      });
    });
  }

  main.querySelector('.create-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var input = event.target.elements.name;
    instructor.call('POST', '/api/classes', { name: input.value }).then(function (answer) {
      if (answer.status === 201) { input.value = ''; status.textContent = word('created', { name: answer.body.name }); }
      return answered(answer);
    });
  });

  instructor.start(load);
})();

// Exercises: check the reader's answer in the page; the explanation, which gives the answer away, opens once the
// answer is right or the reader asks for it ("Show answer"). Answers are kept in this browser (localStorage) across
// reloads. The server renders each exercise with its answer in data attributes (choice index, or number and
// tolerance).
(function () {
  'use strict';
  var zh = document.documentElement.lang.indexOf('zh') === 0;
  var words = zh
    ? { right: '正确！', wrong: '还不对，再想想。', choose: '请先选择一个答案。',
        number: '这不是一个能读懂的数：请写成 0.6 或 203,530 这样的形式（不要写分数）。',
        commas: '逗号要么每三位分隔千位（203,530），要么是唯一的小数逗号（0,6）：请写成 0.6 或 203,530 这样的形式。',
        show: '显示答案' }
    : { right: 'Correct!', wrong: 'Not quite. Have another look.', choose: 'Choose an answer first.',
        number: 'That is not a number this page can read: write it like 0.6 or 203,530 (not as a fraction).',
        commas: 'Commas either group thousands in threes (203,530) or are one decimal comma (0,6): write it like 0.6'
          + ' or 203,530.',
        show: 'Show answer' };

  // A typed number, read by the course's one rule for numbers, which the widget settings follow too: it is stated
  // at shared-math's Setting.parse, and both readers are tested against one table of cases (typed-numbers.tsv).
  // In short: spaces are ignored; commas grouping the digits in threes are thousands ("1,500" is 1500, as the lessons
  // print numbers); otherwise one comma is a decimal comma ("0,6"); any other comma, "1,2,3", is not read (NaN).
  function readNumber(typed) {
    var text = typed.replace(/[\s\u00a0\u2009\u202f]/g, '').replace(/\uff0c/g, ',').replace(/^\u2212/, '-');
    if (text === '') { return NaN; }
    var thousands = /^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;
    if (thousands.test(text)) {
      text = text.replace(/,/g, '');
    } else if (/^[+-]?\d*,\d+$/.test(text)) {
      text = text.replace(',', '.');
    } else if (text.indexOf(',') >= 0) {
      return NaN;
    }
    return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : NaN;
  }

  // the reader's answers, kept in this browser per lesson and exercise, so a reload shows where they were
  var lessonMark = document.querySelector('.done-toggle');
  var lessonSlug = lessonMark ? lessonMark.getAttribute('data-slug') : location.pathname;
  function stored(key) {
    try { return JSON.parse(localStorage.getItem(key) || 'null'); } catch (unavailable) { return null; }
  }
  function store(key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); } catch (unavailable) { /* private mode: not kept */ }
  }

  document.querySelectorAll('.exercise').forEach(function (exercise) {
    var feedback = exercise.querySelector('.exercise-feedback');
    var explanation = exercise.querySelector('.exercise-explanation');
    var named = exercise.querySelector('.exercise-number, input[type=radio]');
    var key = 'divelive:exercise:' + lessonSlug + ':' + (named.id || named.name);
    var numeric = exercise.getAttribute('data-exercise') === 'number';

    // the explanation holds the answer: shown once the reader got it right, or asked for it
    var show = document.createElement('button');
    show.type = 'button';
    show.className = 'exercise-show';
    show.textContent = words.show;
    show.addEventListener('click', function () { reveal(); save(); });
    exercise.querySelector('.exercise-check').insertAdjacentElement('afterend', show);

    function reveal() {
      explanation.hidden = false;
      show.hidden = true;
    }

    // state: '' (not judged), 'right', 'wrong', or 'unread' (not a number, or nothing chosen)
    function judge(state, text) {
      feedback.textContent = text;
      exercise.classList.toggle('answered-right', state === 'right');
      exercise.classList.toggle('answered-wrong', state === 'wrong');
      exercise.classList.toggle('answer-unread', state === 'unread');
      if (state === 'right') { reveal(); }
    }

    function typed() {
      if (numeric) { return exercise.querySelector('.exercise-number').value; }
      var chosen = exercise.querySelector('input[type=radio]:checked');
      return chosen ? chosen.value : '';
    }

    function save() {
      store(key, { answer: typed(), revealed: !explanation.hidden });
    }

    // null when the answer cannot be read, else whether it is right
    function isRight(answer) {
      if (numeric) {
        var value = readNumber(answer);
        if (isNaN(value)) { return null; }
        var expected = Number(exercise.getAttribute('data-answer'));
        var tolerance = Number(exercise.getAttribute('data-tolerance'));
        // with no stated tolerance, accept the rounding of the last digit the answer is written with
        return Math.abs(value - expected) <= Math.max(tolerance, Math.abs(expected) * 1e-9);
      }
      return answer === '' ? null : answer === exercise.getAttribute('data-answer');
    }

    function check() {
      var answer = typed();
      var right = isRight(answer);
      if (right === null) {
        judge('unread', !numeric ? words.choose : /[,\uff0c]/.test(answer) ? words.commas : words.number);
        return;
      }
      judge(right ? 'right' : 'wrong', right ? words.right : words.wrong);
      save();
      // a joined learner's page also reports the attempt to the class (static/classmode.js)
      document.dispatchEvent(new CustomEvent('divelive:attempt', { detail: {
        lesson: lessonMark ? lessonMark.getAttribute('data-slug') : '', exercise: named.id || named.name,
        right: right } }));
    }
    exercise.querySelector('.exercise-check').addEventListener('click', check);
    var number = exercise.querySelector('.exercise-number');
    if (number) {
      number.addEventListener('keydown', function (event) { if (event.key === 'Enter') { check(); } });
    }

    // an answer given before this page was loaded again: the same verdict, without reporting it a second time
    var earlier = stored(key);
    if (earlier && earlier.answer) {
      if (numeric) {
        number.value = earlier.answer;
      } else {
        var option = exercise.querySelector('input[type=radio][value="' + earlier.answer + '"]');
        if (option) { option.checked = true; }
      }
      var right = isRight(earlier.answer);
      if (right !== null) { judge(right ? 'right' : 'wrong', right ? words.right : words.wrong); }
    }
    if (earlier && earlier.revealed) { reveal(); }
  });
})();

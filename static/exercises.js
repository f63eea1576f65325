// Exercises: check the reader's answer in the page and then show the explanation. The server renders each
// exercise with its answer in data attributes (choice index, or number and tolerance).
(function () {
  'use strict';
  var zh = document.documentElement.lang.indexOf('zh') === 0;
  var words = zh
    ? { right: '正确！', wrong: '还不对，再想想。', choose: '请先选择一个答案。', number: '请输入一个数。' }
    : { right: 'Correct!', wrong: 'Not quite. Have another look.', choose: 'Choose an answer first.',
        number: 'Type a number first.' };

  // A typed number, read the way people write one. Spaces (also thin and no-break ones) are ignored, a full-width
  // comma counts as a comma and a minus sign as "-". Commas are thousands separators when they split the digits
  // before the point into groups of exactly three after a first group of 1 to 3 digits that does not start with 0
  // ("203,530", "7,840,016", "7,840,016.5"; so "1,500" is 1500, as the lessons print numbers). Otherwise a single
  // comma is a decimal comma ("0,6", "1,5", "0,075"). Anything else, "1,2,3" or "3/5", is not a number (NaN).
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

  document.querySelectorAll('.exercise').forEach(function (exercise) {
    var feedback = exercise.querySelector('.exercise-feedback');
    var explanation = exercise.querySelector('.exercise-explanation');
    function check() {
      var right;
      if (exercise.getAttribute('data-exercise') === 'number') {
        var value = readNumber(exercise.querySelector('.exercise-number').value);
        if (isNaN(value)) { feedback.textContent = words.number; return; }
        var answer = Number(exercise.getAttribute('data-answer'));
        var tolerance = Number(exercise.getAttribute('data-tolerance'));
        // with no stated tolerance, accept the rounding of the last digit the answer is written with
        right = Math.abs(value - answer) <= Math.max(tolerance, Math.abs(answer) * 1e-9);
      } else {
        var chosen = exercise.querySelector('input[type=radio]:checked');
        if (!chosen) { feedback.textContent = words.choose; return; }
        right = chosen.value === exercise.getAttribute('data-answer');
      }
      feedback.textContent = right ? words.right : words.wrong;
      exercise.classList.toggle('answered-right', right);
      exercise.classList.toggle('answered-wrong', !right);
      explanation.hidden = false;
      // a joined learner's page also reports the attempt to the class (static/classmode.js)
      var named = exercise.querySelector('.exercise-number, input[type=radio]');
      var lesson = document.querySelector('.done-toggle');
      document.dispatchEvent(new CustomEvent('divelive:attempt', { detail: {
        lesson: lesson ? lesson.getAttribute('data-slug') : '', exercise: named.id || named.name, right: right } }));
    }
    exercise.querySelector('.exercise-check').addEventListener('click', check);
    var number = exercise.querySelector('.exercise-number');
    if (number) {
      number.addEventListener('keydown', function (event) { if (event.key === 'Enter') { check(); } });
    }
  });
})();

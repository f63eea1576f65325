// Class mode's words for the page's scripts: the server writes them once per language (ClassWords.java, from
// classes-LANGUAGE.properties) into the main element's data-words; {name}-style places are filled in here.
(function () {
  'use strict';
  var main = document.querySelector('main[data-words]');
  var words = JSON.parse(main.getAttribute('data-words'));

  /** The word for key, with each {place} replaced by values[place]. */
  function word(key, values) {
    var text = words[key];
    if (text === undefined) { throw new Error('class mode has no word ' + key); }
    return text.replace(/\{(\w+)\}/g, function (all, place) {
      return values && values[place] !== undefined ? String(values[place]) : all;
    });
  }

  /**
   * What a refused API call tells the reader: the page's own word for the status where the catalogue has one, so a
   * Chinese page does not show the API's English sentence. The most specific word wins: for the field the answer
   * names (failure.PAGE.STATUS.FIELD, failure.STATUS.FIELD), then for the status (failure.PAGE.STATUS,
   * failure.STATUS); otherwise the API's sentence, which names the rule broken.
   */
  function failure(page, answer) {
    var fields = Object.keys((answer.body && answer.body.errors) || {});
    var keys = [];
    fields.forEach(function (field) {
      keys.push(page + '.' + answer.status + '.' + field, answer.status + '.' + field);
    });
    keys.push(page + '.' + answer.status, String(answer.status));
    for (var i = 0; i < keys.length; i++) {
      if (words['failure.' + keys[i]] !== undefined) { return words['failure.' + keys[i]]; }
    }
    return (answer.body && answer.body.error) || word('serverAnswered', { status: answer.status });
  }

  window.DiveLiveWords = { word: word, failure: failure, prefix: main.getAttribute('data-prefix') };
})();

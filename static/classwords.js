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
   * What a refused API call tells the reader: the page's own word for the status (failure.PAGE.STATUS, else
   * failure.STATUS) where the catalogue has one, so a Chinese page does not show the API's English sentence;
   * otherwise the API's sentence, which names the rule broken.
   */
  function failure(page, answer) {
    var known = words['failure.' + page + '.' + answer.status] || words['failure.' + answer.status];
    if (known !== undefined) { return known; }
    return (answer.body && answer.body.error) || word('serverAnswered', { status: answer.status });
  }

  window.DiveLiveWords = { word: word, failure: failure, prefix: main.getAttribute('data-prefix') };
})();

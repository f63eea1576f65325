// Search over every lesson in both languages, in the page: the index (titles, sections, text) is fetched once,
// on first use. Matching is by substring, which works for Chinese without word segmentation; every word of the
// query must occur. Titles and section names rank above body text.
(function () {
  'use strict';
  var input = document.querySelector('.search-input');
  var list = document.querySelector('.search-results');
  if (!input || !list) { return; }
  var index = null;
  var loading = null;
  // the site root as the page names it (<html data-base>): the same script works under any sub-path
  var site = new URL(document.documentElement.getAttribute('data-base') || '/', document.baseURI);

  function loadIndex() {
    if (!loading) {
      loading = fetch(new URL('search-index.json', site).href).then(function (response) { return response.json(); })
        .then(function (entries) { index = entries; });
    }
    return loading;
  }

  function score(entry, words) {
    var title = entry.title.toLowerCase();
    var sections = entry.sections.map(function (s) { return s.title.toLowerCase(); }).join(' ');
    var text = entry.text.toLowerCase();
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      var inTitle = title.indexOf(w) >= 0;
      var inSections = sections.indexOf(w) >= 0;
      var inText = text.indexOf(w) >= 0;
      if (!inTitle && !inSections && !inText) { return 0; }
      total += (inTitle ? 10 : 0) + (inSections ? 4 : 0) + (inText ? 1 : 0);
    }
    return total;
  }

  // the section whose title contains a word, to link straight to it (entry URLs are relative to the index's place)
  function target(entry, words) {
    var page = new URL(entry.url, site).href;
    for (var i = 0; i < entry.sections.length; i++) {
      var title = entry.sections[i].title.toLowerCase();
      if (words.some(function (w) { return title.indexOf(w) >= 0; })) {
        return page + '#' + encodeURIComponent(entry.sections[i].id);
      }
    }
    return page;
  }

  function snippet(entry, word) {
    var at = entry.text.toLowerCase().indexOf(word);
    if (at < 0) { return ''; }
    var start = Math.max(0, at - 40);
    return (start > 0 ? '…' : '') + entry.text.substring(start, at + 80) + '…';
  }

  function show() {
    var query = input.value.trim().toLowerCase();
    list.innerHTML = '';
    if (!query) { list.hidden = true; return; }
    var words = query.split(/\s+/);
    var hits = index.map(function (entry) { return { entry: entry, score: score(entry, words) }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score; })
      .slice(0, 8);
    if (!hits.length) {
      var none = document.createElement('li');
      none.className = 'search-empty';
      none.textContent = input.getAttribute('data-no-results');
      list.appendChild(none);
    }
    hits.forEach(function (hit) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = target(hit.entry, words);
      var title = document.createElement('strong');
      title.textContent = hit.entry.title;
      var language = document.createElement('span');
      language.className = 'search-language';
      language.textContent = hit.entry.language === 'zh' ? '中文' : 'EN';
      var text = document.createElement('span');
      text.className = 'search-snippet';
      text.textContent = snippet(hit.entry, words[0]);
      link.appendChild(title);
      link.appendChild(language);
      link.appendChild(text);
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = false;
  }

  // the search box is a form for its role; Enter follows the first hit instead of submitting it
  input.form.addEventListener('submit', function (event) { event.preventDefault(); });
  input.addEventListener('focus', loadIndex);
  input.addEventListener('input', function () { loadIndex().then(show); });
  input.addEventListener('keydown', function (event) {
    var links = list.querySelectorAll('a');
    if (event.key === 'ArrowDown' && links.length) { event.preventDefault(); links[0].focus(); }
    if (event.key === 'Enter' && links.length) { window.location.href = links[0].href; }
    if (event.key === 'Escape') { list.hidden = true; }
  });
  list.addEventListener('keydown', function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll('a'));
    var at = links.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at < links.length - 1) { event.preventDefault(); links[at + 1].focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
    if (event.key === 'Escape') { list.hidden = true; input.focus(); }
  });
  document.addEventListener('click', function (event) {
    if (!event.target.closest('.search')) { list.hidden = true; }
  });
})();

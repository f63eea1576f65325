// The instructor's admin token for the instructor pages: typed once into the page's form and kept in this tab's
// sessionStorage only (gone when the tab closes), sent as Authorization: Bearer with each API call.
(function () {
  'use strict';
  var KEY = 'divelive.admin';

  function token() { try { return sessionStorage.getItem(KEY); } catch (e) { return null; } }

  /** Shows the page's token form when there is no token (or it was refused), then calls ready(). */
  function ask(form, ready) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      sessionStorage.setItem(KEY, form.elements.token.value.trim());
      form.hidden = true;
      ready();
    });
    if (token()) { form.hidden = true; ready(); } else { form.hidden = false; }
  }

  /** fetch with the token; a 401 forgets it and shows the form again. Resolves to {status, body}. */
  function call(method, url, body, form) {
    return fetch(url, {
      method: method,
      headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token() },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (response.status === 401 && form) { sessionStorage.removeItem(KEY); form.hidden = false; }
      if (response.status === 204) { return { status: 204, body: {} }; }
      var type = response.headers.get('Content-Type') || '';
      return (type.indexOf('json') >= 0 ? response.json() : response.text()).then(function (data) {
        return { status: response.status, body: data };
      });
    });
  }

  /**
   * An instructor page: its main element (found by selector), with its token form bound to every call, so a refused
   * token shows the form again. start(ready) asks for the token if there is none yet, then calls ready().
   */
  function page(selector) {
    var main = document.querySelector(selector);
    var form = main.querySelector('.admin-form');
    return {
      main: main,
      call: function (method, url, body) { return call(method, url, body, form); },
      start: function (ready) { ask(form, ready); }
    };
  }

  /** A new element with an optional text (set as text, never as HTML) and class. */
  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  window.DiveLiveAdmin = { token: token, page: page, element: element };
})();

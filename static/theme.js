// Applies the reader's chosen theme before the page paints. Without a choice the CSS follows the system setting.
(function () {
  'use strict';
  try {
    var chosen = localStorage.getItem('divelive.theme');
    if (chosen === 'light' || chosen === 'dark') {
      document.documentElement.setAttribute('data-theme', chosen);
    }
  } catch (e) {
    // storage may be off (private mode): the system theme still applies
  }
})();

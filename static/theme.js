// Runs before the page paints: applies the reader's chosen theme (without a choice the CSS follows the system
// setting), and marks that scripts run (class "js"), so the stylesheet may keep TeX out of sight until the boot script
// has typeset it; without scripts the TeX source stays readable.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  try {
    var chosen = localStorage.getItem('divelive.theme');
    if (chosen === 'light' || chosen === 'dark') {
      document.documentElement.setAttribute('data-theme', chosen);
    }
  } catch (e) {
    // storage may be off (private mode): the system theme still applies
  }
})();

// The "Print or save as PDF" button of a printable page (overrides/partials/campaign/
// print-toolbar.html). The button stays hidden without JavaScript: the browser's own Print
// command does the same.
(function () {
  "use strict";
  document.querySelectorAll("[data-print-page]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();

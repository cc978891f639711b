// The only script of the console: while a run is going, refresh its progress line
// from the run's JSON progress; once it has ended, reload so the page shows the outcome.
(function () {
  'use strict';
  var box = document.querySelector('[data-progress-url]');
  if (!box || box.getAttribute('data-running') !== 'true') {
    return;
  }
  var url = box.getAttribute('data-progress-url');
  function show(name, value) {
    var field = box.querySelector('[data-field="' + name + '"]');
    if (field && value !== undefined && value !== null) {
      field.textContent = String(value);
    }
  }
  // a part shown only while the step's total is known
  function part(name, value) {
    var element = box.querySelector('[data-part="' + name + '"]');
    if (element) {
      element.hidden = value === undefined || value === null;
    }
    show(name, value);
  }
  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (progress) {
        if (!progress) {
          window.setTimeout(poll, 5000);
          return;
        }
        show('status', progress.status);
        show('step', progress.step);
        show('items', progress.items);
        show('rate', progress.rate);
        show('seconds', progress.seconds);
        part('percent', progress.percent);
        part('eta', progress.eta);
        if (progress.running) {
          window.setTimeout(poll, 1500);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
}());

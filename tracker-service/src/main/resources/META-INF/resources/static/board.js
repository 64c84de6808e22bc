// Keeps the board current while it is open: /board/events names each project whose line changed, and the line is
// read again from the server, rendered and escaped by the same template as the page, then swapped in place.
(function () {
  'use strict';
  var HIGHLIGHT_MS = 3000;
  var root = document.documentElement;
  if (!window.EventSource || !document.querySelector('table.board')) {
    return;
  }
  var lang = root.lang === 'en' ? 'en' : 'zh';

  function rowOf(id) {
    var rows = document.querySelectorAll('tr[data-project]');
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].getAttribute('data-project') === id) {
        return rows[i];
      }
    }
    return null;
  }

  function refresh(id) {
    // a project this page does not list (filtered out, or not yet reported on) stays off it until a reload
    if (!rowOf(id)) {
      return;
    }
    fetch('/board/rows/' + encodeURIComponent(id) + '?lang=' + lang, {headers: {Accept: 'text/html'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('row ' + id + ': ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var old = rowOf(id);
        var parsed = document.createElement('template');
        parsed.innerHTML = html.trim();
        var fresh = parsed.content.firstElementChild;
        if (!old || !fresh || fresh.getAttribute('data-project') !== id) {
          return;
        }
        fresh.classList.add('updated');
        old.replaceWith(fresh);
        setTimeout(function () { fresh.classList.remove('updated'); }, HIGHLIGHT_MS);
      })
      .catch(function () {
        // the next change of the line, or a reload, shows it
      });
  }

  var events = new EventSource('/board/events');
  events.addEventListener('open', function () { root.setAttribute('data-live', 'on'); });
  events.addEventListener('error', function () { root.setAttribute('data-live', 'off'); });
  events.addEventListener('row', function (e) { refresh(e.data); });
  events.addEventListener('board', function () { window.location.reload(); });
}());

// The citizen's page: the category suggested from what the citizen types (they may take it or leave the choice to
// the hotline), and a warning to call 119/110/120 at once when the text describes a danger happening now.
(function () {
  var box = document.getElementById('citizen-advice');
  if (!box) {
    return;
  }
  var matter = document.getElementById('matter');
  var category = document.getElementById('categoryCode');
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  var timer = null;
  var asked = 0;
  var best = null;

  function ask() {
    var text = matter.value.trim();
    if (text.length < 4) {
      box.hidden = true;
      return;
    }
    var mine = ++asked;
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token && header) {
      headers[header.content] = token.content;
    }
    fetch(box.dataset.url, { method: 'POST', credentials: 'same-origin', headers: headers,
      body: JSON.stringify({ text: text.slice(0, 2000) }) })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (advice) {
        if (!advice || mine !== asked) {
          return;
        }
        box.hidden = false;
        var warn = document.getElementById('citizen-emergency');
        if (advice.emergency) {
          warn.textContent = box.dataset.labelEmergency.replace('{0}', advice.emergency.label).replace('{1}', advice.emergency.transferTo);
          warn.hidden = false;
        } else {
          warn.hidden = true;
        }
        best = advice.categories.length ? advice.categories[0] : null;
        document.getElementById('citizen-category-box').hidden = !best;
        document.getElementById('citizen-category').textContent = best ? best.path : '';
      })
      .catch(function () { /* advice only */ });
  }

  matter.addEventListener('input', function () {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(ask, 500);
  });
  document.getElementById('citizen-take').addEventListener('click', function () {
    if (best) {
      category.value = best.categoryCode;
    }
  });
})();

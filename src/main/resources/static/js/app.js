// CSRF header for htmx requests, the phone-width navigation toggle, and the small behaviours that used to be
// inline handlers (the Content-Security-Policy allows scripts from this origin only, never inline ones).
window.shegong = {
  // Every string from data that reaches HTML (ECharts tooltips render their formatter's result as HTML).
  escapeHtml: function (value) {
    return String(value == null ? '' : value).replace(/[&<>"'`]/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' }[c];
    });
  },
  // Page data is handed over in <script type="application/json" id="..."> blocks, never as inline code.
  // Thymeleaf's JavaScript inlining writes an apostrophe as \' and a control character as \xHH, which JSON
  // does not know: a name like O'Neil must not blank the chart, so those two escapes are read as JSON's own.
  data: function (id, fallback) {
    var el = document.getElementById(id);
    if (!el) { return fallback; }
    var text = el.textContent;
    try { return JSON.parse(text); } catch (e) { /* read the inlining escapes below */ }
    try {
      return JSON.parse(text.replace(/\\(x[0-9a-fA-F]{2}|[\s\S])/g, function (m, c) {
        if (c === "'") { return "'"; }
        return c.length === 3 ? '\\u00' + c.substring(1) : m;
      }));
    } catch (e2) { return fallback; }
  },
  // An ECharts axis tooltip whose names come from data: every part escaped.
  axisTooltip: function (params) {
    var esc = window.shegong.escapeHtml;
    var list = [].concat(params);
    if (!list.length) { return ''; }
    return esc(list[0].axisValueLabel) + list.map(function (p) {
      return '<br>' + p.marker + esc(p.seriesName) + '：' + esc(p.value == null ? '—' : p.value);
    }).join('');
  }
};
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { e.detail.headers[header.content] = token.content; }
});
document.addEventListener('DOMContentLoaded', function () {
  var toggle = document.querySelector('.nav-toggle');
  var nav = document.getElementById('sidenav');
  if (toggle && nav) {
    toggle.addEventListener('click', function () {
      var open = nav.classList.toggle('open');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  } else if (toggle) {
    toggle.style.display = 'none';
  }
  document.querySelectorAll('form[data-confirm]').forEach(function (f) {
    f.addEventListener('submit', function (ev) { if (!confirm(f.dataset.confirm)) { ev.preventDefault(); } });
  });
  document.querySelectorAll('select[data-autosubmit]').forEach(function (s) {
    s.addEventListener('change', function () { s.form.submit(); });
  });
  document.querySelectorAll('a[data-back]').forEach(function (a) {
    a.addEventListener('click', function (ev) {
      if (window.history.length > 1) { ev.preventDefault(); window.history.back(); }
    });
  });
});

// Party-building dashboard charts: data from the coverage API, every label and tooltip escaped.
(function () {
  'use strict';
  var el = document.getElementById('coverage-chart');
  var trendEl = document.getElementById('trend-chart');
  if (!el || !window.echarts) { return; }

  function escapeHtml(value) {
    return String(value == null ? '' : value).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function tooltip(params) {
    var list = Array.isArray(params) ? params : [params];
    var lines = [escapeHtml(list[0].name)];
    list.forEach(function (p) {
      lines.push(escapeHtml(p.seriesName) + ': ' + (p.value == null ? '—' : escapeHtml(p.value) + '%'));
    });
    return lines.join('<br>');
  }

  var orgLabel = el.dataset.org;
  var workLabel = el.dataset.work;

  function bars(target, names, org, work, type) {
    var chart = echarts.init(target);
    chart.setOption({
      tooltip: { trigger: 'axis', formatter: tooltip },
      legend: { data: [orgLabel, workLabel], formatter: function (n) { return n; } },
      grid: { left: 48, right: 16, bottom: 64, top: 36 },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        { name: orgLabel, type: type, data: org },
        { name: workLabel, type: type, data: work }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  fetch(el.dataset.api, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (data) {
      if (!data) { return; }
      var regions = data.regions.filter(function (f) { return f.operating > 0; });
      bars(el, regions.map(function (f) { return f.name; }),
        regions.map(function (f) { return f.organizationalRate; }),
        regions.map(function (f) { return f.workRate; }), 'bar');
      el.dataset.loaded = String(regions.length);
      if (trendEl) {
        bars(trendEl, data.trend.map(function (f) { return f.key; }),
          data.trend.map(function (f) { return f.organizationalRate; }),
          data.trend.map(function (f) { return f.workRate; }), 'line');
      }
    });
})();

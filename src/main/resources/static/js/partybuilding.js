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
      animation: false,
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

  var mapEl = document.getElementById('station-map');
  if (mapEl) {
    fetch(mapEl.dataset.api, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (stations) {
        var chart = echarts.init(mapEl);
        chart.setOption({
          animation: false,
          tooltip: {
            formatter: function (p) {
              var s = p.data.station;
              return escapeHtml(s.name) + '<br>' + escapeHtml(s.address) + '<br>' + escapeHtml(mapEl.dataset.visits) + ': '
                + escapeHtml(s.visitsLast30Days);
            }
          },
          grid: { left: 56, right: 16, top: 16, bottom: 32 },
          xAxis: { type: 'value', scale: true, name: 'lng' },
          yAxis: { type: 'value', scale: true, name: 'lat' },
          series: [{ type: 'scatter', symbolSize: function (v, p) { return 8 + Math.min(24, Math.sqrt(p.data.station.visitsLast30Days)); },
            data: stations.map(function (s) { return { value: [s.lng, s.lat], station: s }; }) }]
        });
        mapEl.dataset.loaded = String(stations.length);
      });
  }
})();

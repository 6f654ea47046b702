// Workforce dashboard: coverage chart and the map of stations and service complexes; every label and tooltip escaped.
(function () {
  'use strict';
  if (!window.echarts) { return; }

  function escapeHtml(value) {
    return String(value == null ? '' : value).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function json(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; });
  }

  var chartEl = document.getElementById('coverage-chart');
  if (chartEl) {
    json(chartEl.dataset.api).then(function (data) {
      if (!data) { return; }
      var rows = data.children.length ? data.children : [data.total];
      var chart = echarts.init(chartEl);
      chart.setOption({
        animation: false,
        tooltip: {
          trigger: 'axis',
          formatter: function (params) {
            var lines = [escapeHtml(params[0].name)];
            params.forEach(function (p) {
              lines.push(escapeHtml(p.seriesName) + ': ' + (p.value == null ? '—' : escapeHtml(p.value)));
            });
            return lines.join('<br>');
          }
        },
        legend: { data: [chartEl.dataset.coverage, chartEl.dataset.per10k] },
        grid: { left: 48, right: 48, bottom: 64, top: 36 },
        xAxis: { type: 'category', data: rows.map(function (f) { return f.name; }),
          axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
        yAxis: [{ type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }, { type: 'value' }],
        series: [
          { name: chartEl.dataset.coverage, type: 'bar', data: rows.map(function (f) { return f.coverageRate; }) },
          { name: chartEl.dataset.per10k, type: 'line', yAxisIndex: 1, data: rows.map(function (f) { return f.workersPer10k; }) }
        ]
      });
      chartEl.dataset.loaded = String(rows.length);
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  var mapEl = document.getElementById('workforce-map');
  if (mapEl) {
    Promise.all([json(mapEl.dataset.api), mapEl.dataset.complexes ? json(mapEl.dataset.complexes) : Promise.resolve([])])
      .then(function (answers) {
        var stations = answers[0] || [];
        var complexes = answers[1] || [];
        var chart = echarts.init(mapEl);
        chart.setOption({
          animation: false,
          legend: { data: [mapEl.dataset.station].concat(mapEl.dataset.complexes ? [mapEl.dataset.complex] : []) },
          tooltip: {
            formatter: function (p) {
              var d = p.data.item;
              var lines = [escapeHtml(d.name), escapeHtml(d.address)];
              if (d.staff != null) { lines.push(escapeHtml(mapEl.dataset.staff) + ': ' + escapeHtml(d.staff)); }
              return lines.join('<br>');
            }
          },
          grid: { left: 56, right: 16, top: 32, bottom: 32 },
          xAxis: { type: 'value', scale: true, name: 'lng' },
          yAxis: { type: 'value', scale: true, name: 'lat' },
          series: [
            { name: mapEl.dataset.station, type: 'scatter', symbolSize: 12,
              data: stations.map(function (s) { return { value: [s.lng, s.lat], item: s }; }) },
            { name: mapEl.dataset.complex, type: 'scatter', symbol: 'diamond', symbolSize: 12,
              data: complexes.map(function (c) { return { value: [c.lng, c.lat], item: c }; }) }
          ]
        });
        mapEl.dataset.loaded = String(stations.length + complexes.length);
        window.addEventListener('resize', function () { chart.resize(); });
      });
  }
})();

// The frequent terms of a campaign as a bar chart. The words come from citizens' text: they are drawn by ECharts
// as canvas text (never HTML), and the tooltip escapes them before ECharts inserts it as HTML.
(function () {
  'use strict';
  var el = document.getElementById('terms-chart');
  if (!el || !window.echarts) { return; }
  function escape(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  fetch(el.dataset.url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : []; })
    .then(function (terms) {
      if (!terms.length) { return; }
      var rows = terms.slice().reverse();
      var chart = echarts.init(el);
      chart.setOption({
        animation: false,
        grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        tooltip: {
          trigger: 'item',
          formatter: function (p) { return escape(p.name) + '：' + escape(p.value); }
        },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: rows.map(function (t) { return t.word; }), axisLabel: { fontSize: 11 } },
        series: [{ name: el.dataset.label, type: 'bar', data: rows.map(function (t) { return t.count; }) }]
      });
      el.setAttribute('data-rendered', String(terms.length));
      window.addEventListener('resize', function () { chart.resize(); });
    });
})();

// Settled-level chart of the dispute statistics page: labels and values come from data attributes (already escaped by
// Thymeleaf); the tooltip escapes again because ECharts renders tooltips as HTML.
(function () {
  var el = document.getElementById('level-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  function escape(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  var labels = (el.getAttribute('data-labels') || '').split('|');
  var values = (el.getAttribute('data-values') || '').split('|').map(Number);
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'item', formatter: function (p) { return escape(p.name) + ': ' + escape(p.value); } },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: values, itemStyle: { color: '#1f5fa8' } }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();

// 一屏统览: the areas one level down as a ranked treemap (area sized by this month's demands, coloured by the
// response rate); a click drills into the area. Area names come from data, so labels and tooltips are escaped.
(function () {
  const el = document.getElementById('overview-map');
  if (!window.echarts || !el) { return; }
  const esc = window.shegong.escapeHtml;
  const data = window.shegong.data('overview-data', { areas: [], labels: [] });
  const areas = data.areas || [];
  const labels = data.labels || [];
  // response rate: red below 80 %, amber below 95 %, green above; grey without work orders
  const colour = r => r < 0 ? '#94a3b8' : r < 80 ? '#dc2626' : r < 95 ? '#f59e0b' : '#16a34a';
  const chart = echarts.init(el);
  chart.setOption({
    animation: false,
    tooltip: {
      formatter: function (p) {
        const a = p.data || {};
        return esc(a.name) + '<br>' + esc(labels[0]) + '：' + esc(a.count)
          + '<br>' + esc(labels[1]) + '：' + esc(a.response < 0 ? '—' : a.response + '%');
      }
    },
    series: [{
      type: 'treemap', roam: false, nodeClick: false, breadcrumb: { show: false }, width: '100%', height: '100%',
      label: { show: true, formatter: function (p) { return esc(p.name) + '\n' + esc((p.data || {}).count); }, fontSize: 12 },
      itemStyle: { borderColor: '#fff', borderWidth: 1, gapWidth: 1 },
      data: areas.map(a => ({ name: a.name, value: Math.max(a.value, 0.5), count: a.value, code: a.code, response: a.response,
                             itemStyle: { color: colour(a.response) } }))
    }]
  });
  chart.on('click', function (p) {
    if (p.data && p.data.code) { window.location.href = '/overview?region=' + encodeURIComponent(p.data.code); }
  });
  el.dataset.ready = 'true';
  window.addEventListener('resize', () => chart.resize());
})();

// 统计地图 (dispute and care): grid names come from uploads, so every tooltip part is escaped and the grid list is
// never parsed as markup. Page data in data-* attributes of #stat-chart (HTML-escaped by the server, so any name survives):
// figures {grids, geometry}, metric, highlight, fields and labels (|-separated), colors (|-separated).
(function () {
  const esc = window.shegong.escapeHtml;
  const el = document.getElementById('stat-chart');
  if (!window.echarts || !el || !el.dataset.figures) { return; }
  const labels = el.dataset.labels.split('|');
  const data = { figures: JSON.parse(el.dataset.figures), metric: el.dataset.metric, highlight: el.dataset.highlight || null,
                 colors: el.dataset.colors.split('|'), fields: el.dataset.fields.split('|').map((f, i) => [f, labels[i]]) };
  if (!data.figures.grids.length) { return; }
  const byCode = {};
  data.figures.grids.forEach(g => { byCode[g.code] = g; });
  const collection = { type: 'FeatureCollection', features: data.figures.grids.map(g => ({
    type: 'Feature', id: g.code, properties: { code: g.code, name: g.name },
    geometry: JSON.parse(data.figures.geometry[g.code]) })) };
  echarts.registerMap('stat-grids', collection);
  const chart = echarts.init(el);
  const max = Math.max(1, ...data.figures.grids.map(g => g[data.metric]));
  chart.setOption({
    tooltip: { trigger: 'item', confine: true,
      extraCssText: 'max-width: min(80vw, 360px); white-space: normal; overflow-wrap: anywhere;', formatter: p => {
      const g = byCode[p.name];
      if (!g) { return ''; }
      return '<strong>' + esc(g.name) + '</strong>'
        + data.fields.map(f => '<br>' + esc(f[1]) + '：' + esc(g[f[0]])).join('');
    } },
    visualMap: { min: 0, max: max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
                 itemWidth: 12, itemHeight: 100, text: [String(max), '0'],
                 inRange: { color: data.colors } },
    series: [{
      type: 'map', map: 'stat-grids', nameProperty: 'code', roam: true,
      layoutCenter: ['50%', '45%'], layoutSize: '90%',
      label: { show: el.clientWidth > 560, fontSize: 10, formatter: p => (byCode[p.name] || {}).name || '' },
      itemStyle: { borderColor: '#475569', borderWidth: 1 },
      emphasis: { itemStyle: { areaColor: '#fbbf24' } },
      data: data.figures.grids.map(g => {
        const hot = data.highlight && g[data.highlight] > 0;
        return { name: g.code, value: g[data.metric],
                 itemStyle: hot ? { borderColor: '#dc2626', borderWidth: 3 } : undefined };
      })
    }]
  });
  el.dataset.ready = 'true';
  window.addEventListener('resize', () => chart.resize());
})();

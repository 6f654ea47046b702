// 热点 chart and hot-grid map: category, area and grid names come from data, so tooltips escape them.
(function () {
  if (!window.echarts) { return; }
  const esc = window.shegong.escapeHtml;
  const data = window.shegong.data('hotspot-data', { rows: [], gridCounts: {}, labels: [] });
  const rows = data.rows || [];
  const labels = data.labels || [];
  const counts = data.gridCounts || {};
  const el = document.getElementById('hotspot-chart');
  if (el && rows.length) {
    const chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', formatter: window.shegong.axisTooltip },
      legend: { top: 0, data: labels },
      grid: { left: 8, right: 16, bottom: 8, top: 30, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: rows.map(r => r.name), axisLabel: { fontSize: 10, width: 120, overflow: 'truncate' } },
      series: [{ name: labels[0], type: 'bar', data: rows.map(r => r.count) },
               { name: labels[1], type: 'bar', data: rows.map(r => r.previous) }]
    });
    window.addEventListener('resize', () => chart.resize());
  }
  const map = document.getElementById('grid-map');
  if (map) {
    fetch(map.dataset.geojson, { headers: { 'Accept': 'application/geo+json' } }).then(r => r.ok ? r.json() : null).then(collection => {
      if (!collection || !collection.features || !collection.features.length) { map.style.display = 'none'; return; }
      echarts.registerMap('hot-grids', collection);
      const chart = echarts.init(map);
      const names = {};
      collection.features.forEach(f => { names[f.properties.code] = f.properties.name; });
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'item', formatter: p => esc(names[p.name] || p.name) + '：' + esc(p.value || 0) },
        visualMap: { min: 0, max: Math.max(1, ...Object.values(counts)), left: 0, bottom: 0, itemHeight: 80,
                     inRange: { color: ['#fef3c7', '#f59e0b', '#b91c1c'] } },
        series: [{ type: 'map', map: 'hot-grids', nameProperty: 'code', roam: true, layoutCenter: ['50%', '50%'], layoutSize: '95%',
                   itemStyle: { borderColor: '#78350f', borderWidth: 1 },
                   data: collection.features.map(f => ({ name: f.properties.code, value: counts[f.properties.code] || 0 })) }]
      });
      map.dataset.ready = 'true';
      window.addEventListener('resize', () => chart.resize());
    });
  }
})();

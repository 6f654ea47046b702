// 网格地图: grid names come from uploads by township staff, so the tooltip escapes them (labels are canvas text).
(function () {
  const esc = window.shegong.escapeHtml;
  const data = window.shegong.data('grid-map-data', null);
  const el = document.getElementById('grid-chart');
  if (!window.echarts || !el || !data) { return; }
  const collection = JSON.parse(data.collection);
  echarts.registerMap('township-grids', collection);
  const chart = echarts.init(el);
  const names = {};
  collection.features.forEach(f => { names[f.properties.code] = f.properties.name; });
  chart.setOption({
    tooltip: { trigger: 'item', formatter: p => esc(names[p.name] || p.name)
        + (p.value != null && !isNaN(p.value) ? '：' + esc(p.value) + esc(data.householdsUnit) : '') },
    visualMap: { show: false, min: 0, max: Math.max(1, ...collection.features.map(f => f.properties.householdCount)),
                 inRange: { color: ['#dbeafe', '#60a5fa', '#1d4ed8'] } },
    series: [{
      type: 'map', map: 'township-grids', nameProperty: 'code', roam: true, selectedMode: 'single',
      layoutCenter: ['50%', '50%'], layoutSize: '95%',
      label: { show: el.clientWidth > 560, fontSize: 10, formatter: p => names[p.name] || '' },
      itemStyle: { borderColor: '#1e3a8a', borderWidth: 1 },
      emphasis: { itemStyle: { areaColor: '#fbbf24' } },
      select: { itemStyle: { areaColor: '#f59e0b' } },
      data: collection.features.map(f => ({ name: f.properties.code, value: f.properties.householdCount }))
    }]
  });
  chart.on('click', p => {
    if (window.htmx && p.name) { htmx.ajax('GET', data.cardUrl + encodeURIComponent(p.name) + '/card', '#grid-card'); }
  });
  el.dataset.ready = 'true';
  window.addEventListener('resize', () => chart.resize());
})();

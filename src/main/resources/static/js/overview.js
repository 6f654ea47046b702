// 一屏统览: the areas one level down. For the province and a city, on an outline map of Sichuan's cities or of the
// city's counties (files under /geo, sources and licences in docs/maps.md), each area coloured by its response rate
// and labelled with this month's demands; below a county (townships, which have no outlines) a ranked treemap sized by
// the demands. A click drills into the area. Area names come from data, so labels and tooltips are escaped.
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
  const tooltip = {
    formatter: function (p) {
      const a = p.data || {};
      if (!a.code) { return ''; }
      return esc(a.label) + '<br>' + esc(labels[0]) + '：' + esc(a.count)
        + '<br>' + esc(labels[1]) + '：' + esc(a.response < 0 ? '—' : a.response + '%');
    }
  };
  const ready = kind => { el.dataset.kind = kind; el.dataset.ready = 'true'; };

  function treemap() {
    chart.setOption({
      animation: false, tooltip: tooltip,
      series: [{
        type: 'treemap', roam: false, nodeClick: false, breadcrumb: { show: false }, width: '100%', height: '100%',
        label: { show: true, formatter: function (p) { return esc((p.data || {}).label) + '\n' + esc((p.data || {}).count); }, fontSize: 12 },
        itemStyle: { borderColor: '#fff', borderWidth: 1, gapWidth: 1 },
        data: areas.map(a => ({ name: a.code, label: a.name, value: Math.max(a.value, 0.5), count: a.value, code: a.code,
                               response: a.response, itemStyle: { color: colour(a.response) } }))
      }]
    }, true);
    ready('treemap');
  }

  function outline(geo) {
    const within = el.dataset.within;
    const features = (geo.features || []).filter(f => !within || (f.properties && f.properties.city === within));
    if (features.length === 0) { treemap(); return; }
    const name = 'sichuan-' + (within || 'province');
    echarts.registerMap(name, { type: 'FeatureCollection', UTF8Encoding: geo.UTF8Encoding, features: features });
    const byCode = {};
    areas.forEach(a => { byCode[a.code] = a; });
    chart.setOption({
      animation: false, tooltip: tooltip,
      series: [{
        type: 'map', map: name, roam: false, selectedMode: false, left: 4, right: 4, top: 4, bottom: 4,
        itemStyle: { areaColor: '#e2e8f0', borderColor: '#fff', borderWidth: 0.8 },
        emphasis: { itemStyle: { areaColor: '#2563eb' }, label: { color: '#fff' } },
        label: {
          show: true, fontSize: 10, color: '#0f172a',
          formatter: function (p) { const a = byCode[p.name]; return a ? esc(a.name) + '\n' + esc(a.value) : ''; }
        },
        data: features.map(f => {
          const a = byCode[f.properties.name];
          return a ? { name: a.code, label: a.name, code: a.code, value: a.value, count: a.value, response: a.response,
                       itemStyle: { areaColor: colour(a.response) } }
                   : { name: f.properties.name, label: f.properties.label, value: 0 };
        })
      }]
    }, true);
    ready('map');
  }

  chart.on('click', function (p) {
    if (p.data && p.data.code) { window.location.href = '/overview?region=' + encodeURIComponent(p.data.code); }
  });
  window.addEventListener('resize', () => chart.resize());
  if (el.dataset.outline) {
    fetch(el.dataset.outline, { credentials: 'same-origin' })
      .then(r => { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(outline)
      .catch(treemap);
  } else {
    treemap();
  }
})();

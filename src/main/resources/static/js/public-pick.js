// Citizen form: pick the place on the township's grid map (names are drawn on canvas, messages set as text).
(function () {
  const data = window.shegong.data('pick-data', {});
  const el = document.getElementById('pick-map');
  const out = document.getElementById('located');
  const pick = document.getElementById('pick-on-map');
  if (!el || !out || !pick) { return; }
  let chart = null;
  function setPoint(lat, lng, grid) {
    document.getElementById('lat').value = lat.toFixed(6);
    document.getElementById('lng').value = lng.toFixed(6);
    out.textContent = data.picked + '：' + lat.toFixed(5) + ', ' + lng.toFixed(5) + (grid ? '（' + grid + '）' : '');
    if (chart) { chart.setOption({ series: [{ id: 'pin', data: [ [lng, lat] ] }] }); }
  }
  pick.addEventListener('click', function () {
    const address = document.getElementById('address').value;
    fetch(data.gridsUrl + '?address=' + encodeURIComponent(address), { headers: { 'Accept': 'application/json' } })
      .then(r => r.json())
      .then(body => {
        if (!body.features) { el.hidden = true; out.textContent = data.english ? body.errorEn : body.error; return; }
        if (!window.echarts) { return; }
        el.hidden = false;
        const names = {};
        body.features.forEach(f => { names[f.properties.code] = f.properties.name; });
        echarts.registerMap('pick-' + body.township, body);
        if (chart) { chart.dispose(); }
        chart = echarts.init(el);
        chart.setOption({
          geo: { map: 'pick-' + body.township, nameProperty: 'code', roam: true, layoutCenter: ['50%', '50%'], layoutSize: '95%',
                 label: { show: el.clientWidth > 420, fontSize: 10, formatter: p => names[p.name] || '' },
                 itemStyle: { areaColor: '#e8f0fe', borderColor: '#1e3a8a' }, emphasis: { itemStyle: { areaColor: '#fde68a' } } },
          series: [{ id: 'pin', type: 'scatter', coordinateSystem: 'geo', symbol: 'pin', symbolSize: 28,
                     itemStyle: { color: '#c62828' }, data: [] }]
        });
        let lastGrid = null;
        chart.on('mouseover', { componentType: 'geo' }, p => { lastGrid = names[p.name] || null; });
        chart.getZr().on('click', e => {
          const pt = chart.convertFromPixel({ geoIndex: 0 }, [e.offsetX, e.offsetY]);
          if (pt && isFinite(pt[0]) && isFinite(pt[1])) { setPoint(pt[1], pt[0], e.target ? lastGrid : null); }
        });
        out.textContent = body.address;
      })
      .catch(() => { out.textContent = ''; });
  });
  document.getElementById('locate').addEventListener('click', function () {
    if (!navigator.geolocation) { return; }
    navigator.geolocation.getCurrentPosition(function (p) { setPoint(p.coords.latitude, p.coords.longitude, null); });
  });
})();

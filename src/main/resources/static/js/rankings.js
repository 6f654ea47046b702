// 三率排名 chart: unit names come from data, so the tooltip escapes them (axis labels are drawn on canvas).
(function () {
  const data = window.shegong.data('ranking-data', { rows: [], labels: [] });
  const rows = data.rows || [];
  const labels = data.labels || [];
  const el = document.getElementById('ranking-chart');
  if (!window.echarts || !el || rows.length === 0) { return; }
  const chart = echarts.init(el);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', formatter: window.shegong.axisTooltip },
    legend: { data: labels, top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'category', data: rows.map(r => r.name), axisLabel: { interval: 0, rotate: el.clientWidth < 560 ? 60 : 30, fontSize: 10 } },
    yAxis: { type: 'value', max: 100 },
    series: [
      { name: labels[0], type: 'bar', data: rows.map(r => r.score) },
      { name: labels[1], type: 'line', data: rows.map(r => r.response) },
      { name: labels[2], type: 'line', data: rows.map(r => r.resolution) },
      { name: labels[3], type: 'line', data: rows.map(r => r.satisfaction) }
    ]
  });
  window.addEventListener('resize', () => chart.resize());
})();

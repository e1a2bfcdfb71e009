// The same five charts in Chart.js 4, from the points the widget drew
// (bench/out/data.js, written by the runner), at 640x400, no animation.
window.benchDrawn = [];
window.benchCharts = {};
const COLOURS = ['#0072b2', '#d58c00', '#d55e00', '#aa4499'];

function datasets(points) {
  const labels = [...new Set(points.map((p) => p.period))];
  const series = [...new Set(points.map((p) => p.series))];
  return {
    labels,
    datasets: series.map((s, i) => ({
      label: s,
      data: labels.map((l) => points.find((p) => p.series === s && p.period === l)?.value ?? null),
      backgroundColor: COLOURS[i % COLOURS.length],
      borderColor: COLOURS[i % COLOURS.length],
    })),
  };
}

{
  const data = window.benchData;
  const types = { annual: 'bar', growth: 'line', compared: 'bar', monthly: 'line', targets: 'bar' };
  const drawn = {
    id: 'benchDrawn',
    afterRender: (chart) => { chart.$benchDrawnAt ??= performance.now(); },
    // The benchmark's pointer probe waits on this.
    afterDraw: (chart) => { chart.$onDraw?.(performance.now()); },
  };
  for (const [id, type] of Object.entries(types)) {
    const chart = new Chart(document.getElementById(id), {
      type,
      data: datasets(data[id]),
      options: {
        animation: false,
        responsive: false,
        indexAxis: id === 'compared' ? 'y' : 'x',
        plugins: { legend: { position: 'top' } },
      },
      plugins: [drawn],
    });
    window.benchCharts[id] = chart;
    window.benchDrawn.push(chart.$benchDrawnAt ?? performance.now());
  }
  // The runner waits for this (bench/run.mjs, open()).
  console.log('bench-drawn');
}

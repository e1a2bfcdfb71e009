// The story page's glue: load the wasm module and mount the charts. The
// checks and the figures tables are written into the page at build time by
// the same Rust (examples/render_static.rs) from the same built-in figures,
// so the page loads the first-draw build, which leaves those tables out.
// Every word and number comes from Rust. Without the wasm, the page keeps
// what the build wrote (each chart's image and table) and says what failed.
import { mountChart, buildControls, loadKit, langOf } from './chart.js';
import { pageFailed, loadMessages } from './messages.js';

// The page's language (www/index.html English, www/ur/index.html Urdu):
// every chart, table and summary is worded in it.
const lang = langOf(document.documentElement.lang) ?? 'en';

// The build-time fallbacks stay hidden while the charts can still come.
document.documentElement.classList.add('js');

/** Mounts every chart figure on the page with the controls Rust lists for it. */
function mountCharts(kit) {
  for (const figure of document.querySelectorAll('figure.chart')) {
    const section = figure.closest('section');
    const chart = figure.dataset.chart;
    const options = { chart, theme: 'auto', lang };
    const mounted = mountChart(figure, options, section, { kit });
    // Above the takeaway, which a choice rewrites: below it, the control
    // just tapped moved from under the finger as the takeaway's length
    // changed (89-183 px on a phone).
    const box = section.querySelector('.controls');
    if (box) box.hidden = buildControls(kit, box, chart, options, `page-${chart}`, (option, value) => mounted.update({ [option]: value })) === 0;
  }
}

async function main() {
  const status = document.getElementById('status');
  try {
    const kit = await loadKit(lang);
    mountCharts(kit);
    status.textContent = '';
    status.hidden = true;
    document.documentElement.dataset.ready = 'true';
  } catch (e) {
    // What the build wrote stays: each chart's image and table.
    document.documentElement.classList.replace('js', 'failed');
    await loadMessages(lang);
    status.textContent = pageFailed(document.documentElement.lang, e instanceof Error ? e.message : String(e));
    status.classList.add('error');
  }
}

main();

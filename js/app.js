// The story page's glue: load the wasm module, mount the charts, fill the
// two tables. Every word and number comes from Rust; text always goes in as
// text nodes, never as HTML. Without the wasm, the page keeps what the build
// wrote into it (each chart's image and table, the checks, the figures) and
// says what failed.
import { mountChart, buildControls, loadKit, langOf } from './chart.js';
import { messages, loadMessages } from './messages.js';

// The page's language (www/index.html English, www/ur/index.html Urdu):
// every chart, table and summary is worded in it.
const lang = langOf(document.documentElement.lang) ?? 'en';

// The build-time fallbacks stay hidden while the charts can still come.
document.documentElement.classList.add('js');

/** Creates an element with properties and children (strings become text nodes). */
function h(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('aria-') || k === 'scope' || k === 'colspan') e.setAttribute(k, v);
    else e[k] = v;
  }
  e.append(...children.filter((c) => c != null));
  return e;
}

/** A source cell: outlet, date, and the article file or a link to the report. */
function citation(s) {
  const ref = /^[a-z0-9.-]+\.[a-z]{2,}\//i.test(s.reference) && !s.reference.includes(',')
    ? h('a', { href: `https://${s.reference}`, rel: 'noopener noreferrer' }, s.reference)
    : h('span', { class: 'ref' }, s.reference);
  return h('td', { class: 'source' },
    h('span', { class: 'outlet' }, s.outlet + (s.date ? `, ${s.date}` : '')), ' ',
    h('span', { class: 'layer' }, `(${s.layer})`), h('br'), ref);
}

const VERDICT_MARK = { exact: '✓', rounding: '≈', doesNotReproduce: '✗', unchecked: '?' };

function renderChecks(rows) {
  const body = document.querySelector('#checks tbody');
  body.replaceChildren(...rows.map((r) => h('tr', { class: `verdict-${r.verdictId}` },
    h('th', { scope: 'row' }, r.what),
    h('td', { class: 'num' }, r.quoted),
    h('td', { class: 'num' }, r.computed),
    h('td', { class: 'verdict' }, h('span', { class: 'mark', 'aria-hidden': 'true' }, VERDICT_MARK[r.verdictId] ?? ''), ' ', r.verdict),
    citation(r.source))));
}

function renderFigures(rows) {
  const body = document.querySelector('#figures tbody');
  const out = [];
  let measure = null;
  for (const r of rows) {
    if (r.measure !== measure) {
      measure = r.measure;
      out.push(h('tr', { class: 'group' }, h('th', { scope: 'rowgroup', colspan: '6' },
        h('span', { class: 'measure' }, r.measure), h('span', { class: 'definition' }, r.definition))));
    }
    out.push(h('tr', {},
      h('th', { scope: 'row' }, r.period),
      h('td', { class: 'num' }, r.value),
      h('td', { class: 'num' }, r.growth ?? '–'),
      h('td', { class: 'num' }, r.quoted ?? ''),
      h('td', { class: 'flags' }, r.flags.join('; ')),
      citation(r.source)));
  }
  body.replaceChildren(...out);
}

/** Mounts every chart figure on the page with the controls Rust lists for it. */
function mountCharts(kit) {
  for (const figure of document.querySelectorAll('figure.chart')) {
    const section = figure.closest('section');
    const chart = figure.dataset.chart;
    const options = { chart, theme: 'auto', lang };
    const mounted = mountChart(figure, options, section, { kit });
    const box = figure.querySelector('.controls');
    if (box) box.hidden = buildControls(kit, box, chart, options, `page-${chart}`, (option, value) => mounted.update({ [option]: value })) === 0;
  }
}

async function main() {
  const status = document.getElementById('status');
  try {
    const kit = await loadKit(lang);
    mountCharts(kit);
    renderChecks(kit.quoteChecks(lang));
    renderFigures(kit.datasetTable(lang));
    const s = kit.summaries(lang);
    document.getElementById('checks-summary').textContent = s.checks;
    document.getElementById('figures-summary').textContent = s.figures;
    status.textContent = '';
    status.hidden = true;
    document.documentElement.dataset.ready = 'true';
  } catch (e) {
    // What the build wrote stays: each chart's image and table, the checks
    // and the figures, as of the last build.
    document.documentElement.classList.replace('js', 'failed');
    await loadMessages(lang);
    status.textContent = messages(document.documentElement.lang).pageFailed(e instanceof Error ? e.message : String(e));
    status.classList.add('error');
  }
}

main();

// The page's glue: load the wasm module, ask it for the tables, put them in
// the DOM. All numbers and words come formatted from Rust; text always goes
// in as text nodes, never as HTML.
import init, { datasetTable, quoteChecks } from './pkg/pk_it_exports.js';
import { mountChart } from './chart.js';

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
  const count = (id) => rows.filter((r) => r.verdictId === id).length;
  document.getElementById('checks-summary').textContent =
    `Of ${rows.length} checks, ${count('exact')} reproduce exactly, ${count('rounding')} within rounding, `
    + `${count('doesNotReproduce')} do not reproduce, and ${count('unchecked')} cannot be checked.`;
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
  const sources = new Set(rows.map((r) => r.source.reference)).size;
  document.getElementById('figures-summary').textContent =
    `${rows.length} figures from ${sources} sources.`;
}

/** Mounts every chart figure on the page and wires its controls. */
function mountCharts() {
  for (const figure of document.querySelectorAll('figure.chart')) {
    const section = figure.closest('section');
    const mounted = mountChart(figure, { chart: figure.dataset.chart, theme: 'auto' }, section);
    for (const input of figure.querySelectorAll('.controls input')) {
      input.addEventListener('change', () => {
        if (input.name === 'monthly-view') mounted.update({ cumulative: input.value === 'cumulative' });
        if (input.name === 'target-reading') mounted.update({ targetReading: input.value });
      });
    }
  }
}

async function main() {
  const status = document.getElementById('status');
  try {
    await init();
    mountCharts();
    renderChecks(quoteChecks());
    renderFigures(datasetTable());
    status.textContent = '';
    status.hidden = true;
    document.documentElement.dataset.ready = 'true';
  } catch (e) {
    status.textContent = `The data could not be loaded: ${e instanceof Error ? e.message : e}`;
    status.classList.add('error');
  }
}

main();

// Shared by the page tests: one static server and one Chromium per test file,
// console errors collected per page, screenshots under test-output/.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/server.mjs';

export const OUT = 'test-output';

// Flags from the machine notes: without the background-networking ones,
// Chromium keeps trying hosts this sandbox cannot reach.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The strict policy the embed must work under (issue 4). */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/**
 * Defines `window.__pkLayout(holder)` in every page and frame: the
 * `layout()` of the chart that `holder` (a <pk-it-exports>, or a story
 * page's figure) drew. The first-draw build, which the embed and the story
 * page load, leaves `layout()` out (no page code reads it), so a chart
 * without it is drawn again, at the size the widget drew it and with its
 * options, by the full build beside the page's script: the same drawing
 * code and the same model (tests/prepared.rs holds the prepared models to
 * the builders'). A chart of the full build (own data) answers itself.
 */
export const withLayout = (context) => context.addInitScript(() => {
  window.__pkLayout = async (holder) => {
    const chart = holder.chart.chart;
    // A widget that shows its takeaway leaves it out of the description.
    const alone = !(holder.shadowRoot ?? holder).querySelector('[data-text=takeaway]:not([hidden])');
    // And every point as that build words it (`points`), which the
    // first-draw build takes prepared (js/described.js).
    const withPoints = (c) => {
      const points = [];
      for (let i = 0, p; (p = c.point(i)); i += 1) points.push(p);
      return { ...c.layout(), points, description: c.description(alone) };
    };
    if (typeof chart.layout === 'function') return withPoints(chart);
    const figure = holder.shadowRoot?.querySelector('figure') ?? holder;
    // The options the chart was given (the first-draw build has no options()).
    const options = holder.chart.options;
    const script = [...document.querySelectorAll('script[src]')].map((s) => s.src).find((s) => /\/(embed|app)\.js$/.test(s));
    // Addresses of their own ("?layout"): a module instance apart from the
    // one the embed may load later, and requests a test counting the
    // page's wasm fetches does not count.
    const name = options.lang === 'ur' ? 'pk_it_exports_ur' : 'pk_it_exports';
    const url = new URL(`pkg/${name}.js?layout`, script).href;
    window.__pkKits ??= new Map();
    if (!window.__pkKits.has(url)) {
      window.__pkKits.set(url, import(url).then(async (kit) => {
        await kit.default({ module_or_path: new URL(`pkg/${name}_bg.wasm?layout`, script) });
        return kit;
      }));
    }
    const kit = await window.__pkKits.get(url);
    const replay = new kit.Chart(options);
    try {
      replay.render(document.createElement('canvas'), Number(figure.dataset.width), Number(figure.dataset.height), window.devicePixelRatio || 1);
      return withPoints(replay);
    } finally {
      replay.free();
    }
  };
});

/**
 * `scrollbars`: classic scrollbars that take room, as on Windows and Linux
 * desktops (headless Chromium hides them unless told otherwise).
 */
export async function start({ headers, root = 'www', scrollbars = false } = {}) {
  await mkdir(OUT, { recursive: true });
  const server = await serve({ root, headers });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ARGS,
    ignoreDefaultArgs: scrollbars ? ['--hide-scrollbars'] : [],
  });
  return {
    url: server.url,
    browser,
    /** A new page (own context) that records console errors and page errors. */
    async page({ width = 1200, height = 900, deviceScaleFactor = 1, colorScheme = 'light', javaScriptEnabled = true, hasTouch = false } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, colorScheme, javaScriptEnabled, hasTouch });
      await withLayout(context);
      const page = await context.newPage();
      page.errors = [];
      page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
      page.on('pageerror', (e) => page.errors.push(String(e)));
      return page;
    },
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The ratio a chart of `area` CSS px² draws at on a screen of `ratio`: its
 * backing store stays within 4096 x 4096 pixels, the most iOS Safari draws
 * (src/canvas.rs), so only a very big chart at a high ratio gets less.
 */
export const drawnRatio = (ratio, area) => Math.min(ratio, Math.sqrt((4096 * 4096) / area));

/**
 * Every <pk-it-exports> on the page: its chart and its words against the
 * widget's own box, in CSS px (the phone matrix and the README snippets).
 */
export const measureWidgets = (page) => page.$$eval('pk-it-exports', (els) => Promise.all(els.map(async (e) => {
  const root = e.shadowRoot;
  const box = root.querySelector('.widget').getBoundingClientRect();
  const canvas = root.querySelector('.frame canvas');
  const c = canvas.getBoundingClientRect();
  const inside = (r) => r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
  const layout = await window.__pkLayout(e);
  const words = ['.title', '.takeaway', '.source', '.controls:not([hidden])']
    .map((s) => root.querySelector(s)).filter(Boolean)
    .map((n) => ({ part: n.className, r: n.getBoundingClientRect(), text: n.textContent.trim().length }));
  return {
    id: e.id || e.getAttribute('chart'),
    asked: e.getAttribute('height') ? Number(e.getAttribute('height')) : null,
    least: Math.max(150, e.chart.chart.minHeight(Math.floor(c.width))),
    // The value axis's plot (none for the compared chart's rows of text).
    plot: e.getAttribute('chart') === 'compared' ? null : layout.plot,
    // The highest mark's top: where the data reach on the value axis.
    dataTop: Math.min(...layout.marks.map((k) => k.rect.y0)),
    widget: box.height,
    chart: c.height,
    chartInside: inside(c),
    backing: canvas.width / c.width,
    area: c.width * c.height,
    hidden: words.filter((w) => !(w.r.height > 0 && w.text > 0 && inside(w.r))).map((w) => w.part),
    theme: root.querySelector('.widget').dataset.theme,
  };
})));

/**
 * Where each widget's points, as its tooltips show them (the first-draw
 * build's prepared words, js/described.js, and its `rect`), and its
 * description differ from the full build's own `point()` and
 * `description()` for the same chart at the same size: a list of
 * differences, empty when all agree.
 */
export const pointsDisagree = (page) => page.$$eval('pk-it-exports', (els) => Promise.all(els.map(async (e) => {
  await e.chart.described();
  const { points, description } = await window.__pkLayout(e);
  const out = [];
  // The description is written when the browser is next idle.
  const desc = e.shadowRoot.querySelector('[id$=-desc]');
  for (let t = 0; !desc.textContent && t < 100; t += 1) await new Promise((ok) => setTimeout(ok, 50));
  if (desc.textContent !== description) out.push(`${e.getAttribute('chart')} description: ${desc.textContent} != ${description}`);
  const fields = ['head', 'value', 'growth', 'lines', 'series', 'period', 'source', 'announce', 'rect'];
  for (let i = 0; i < Math.max(points.length, 1000); i += 1) {
    const shown = e.chart.point(i);
    const own = points[i];
    if (!shown && !own) break;
    for (const f of fields) {
      if (JSON.stringify(shown?.[f] ?? null) !== JSON.stringify(own?.[f] ?? null)) {
        out.push(`${e.getAttribute('chart')} ${JSON.stringify(e.chart.options)} point ${i} ${f}: ${JSON.stringify(shown?.[f])} != ${JSON.stringify(own?.[f])}`);
      }
    }
  }
  if (!points.length) out.push(`${e.getAttribute('chart')}: no points`);
  return out;
})).then((lists) => lists.flat()));

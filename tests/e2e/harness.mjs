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

export async function start({ headers, root = 'www' } = {}) {
  await mkdir(OUT, { recursive: true });
  const server = await serve({ root, headers });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ARGS,
  });
  return {
    url: server.url,
    browser,
    /** A new page (own context) that records console errors and page errors. */
    async page({ width = 1200, height = 900, deviceScaleFactor = 1, colorScheme = 'light', javaScriptEnabled = true, hasTouch = false } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, colorScheme, javaScriptEnabled, hasTouch });
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
export const measureWidgets = (page) => page.$$eval('pk-it-exports', (els) => els.map((e) => {
  const root = e.shadowRoot;
  const box = root.querySelector('.widget').getBoundingClientRect();
  const canvas = root.querySelector('.frame canvas');
  const c = canvas.getBoundingClientRect();
  const inside = (r) => r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
  const words = ['.title', '.takeaway', '.source', '.controls:not([hidden])']
    .map((s) => root.querySelector(s)).filter(Boolean)
    .map((n) => ({ part: n.className, r: n.getBoundingClientRect(), text: n.textContent.trim().length }));
  return {
    id: e.id || e.getAttribute('chart'),
    asked: e.getAttribute('height') ? Number(e.getAttribute('height')) : null,
    least: Math.max(150, e.chart.chart.minHeight(Math.floor(c.width))),
    // The value axis's plot (none for the compared chart's rows of text).
    plot: e.getAttribute('chart') === 'compared' ? null : e.chart.chart.layout().plot,
    // The highest mark's top: where the data reach on the value axis.
    dataTop: Math.min(...e.chart.chart.layout().marks.map((k) => k.rect.y0)),
    widget: box.height,
    chart: c.height,
    chartInside: inside(c),
    backing: canvas.width / c.width,
    area: c.width * c.height,
    hidden: words.filter((w) => !(w.r.height > 0 && w.text > 0 && inside(w.r))).map((w) => w.part),
    theme: root.querySelector('.widget').dataset.theme,
  };
}));

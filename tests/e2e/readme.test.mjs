// The README's snippets, as an editor copies them: every ```html block of
// README.md that loads the widget from the CDN address is pasted, as
// written, into an article on a second origin that sends the README's own
// Content-Security-Policy line. The widget files come from a CDN origin with
// CORS. Then, at phone to desktop widths, ratio 1 and 3, light and dark:
// every chart is visible, at least 150 px tall and not clipped, no CSP
// violation, no console error, each iframe as tall as its content, and the
// layout does not shift once drawn. A snippet changed in the README is
// tested as changed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, OUT, measureWidgets, drawnRatio } from './harness.mjs';
import { serve } from '../../scripts/server.mjs';

const CDN = 'https://cdn.example.org/pk-it-exports/';
const CDN_ORIGIN = 'https://cdn.example.org';

/**
 * The README's html snippets that embed the widget, and its CSP line; the
 * Urdu article's head (`urduHead`, the one that preloads the Urdu build)
 * apart, for an Urdu article of its own.
 */
export async function readmeSnippets() {
  const readme = await readFile('README.md', 'utf8');
  const blocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
  const urdu = (b) => b.includes('pk_it_exports_lite_ur');
  const snippets = blocks.filter((b) => b.includes(CDN) && !urdu(b));
  const csp = /^Content-Security-Policy: (.+)$/m.exec(readme)?.[1];
  return { snippets, csp, urduHead: blocks.find(urdu) };
}

let env;
let cdn;
let host;
let snippets;
let found;
before(async () => {
  found = await readmeSnippets();
  snippets = found.snippets;
  assert.ok(snippets.length >= 2, 'the README has element and iframe snippets');
  assert.ok(found.csp, 'the README gives a Content-Security-Policy line');
  env = await start();
  cdn = await serve({ root: 'www', headers: { 'Access-Control-Allow-Origin': '*' } });
  const cdnOrigin = cdn.url; // http://127.0.0.1:port
  const dir = await mkdtemp(join(tmpdir(), 'pk-readme-'));
  await copyFile('www/favicon.svg', join(dir, 'favicon.ico'));
  const body = snippets.map((s, i) => `<p>Paragraph ${i + 1} of the article, before snippet ${i + 1}. Pakistan's exports of computer and telecom services keep growing, the reports say.</p>\n${s.replaceAll(CDN, `${cdnOrigin}/`)}`).join('\n');
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>An article</title>
</head>
<body><main><h1>An article with the README's snippets</h1>
${body}
<p id="after">The last paragraph of the article.</p></main></body></html>`);
  host = await serve({ root: dir, headers: { 'Content-Security-Policy': found.csp.replaceAll(CDN_ORIGIN, cdnOrigin) } });
});
after(async () => {
  await env?.stop();
  await host?.close();
  await cdn?.close();
});

/** Opens the article (other origin than the CDN) and waits until every widget and iframe has drawn. */
async function open({ width, ratio, scheme }) {
  const page = await env.page({ width, height: 800, deviceScaleFactor: ratio, colorScheme: scheme });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ value: e.value, t: e.startTime });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // The snippet preloads the wasm: the article must fetch it once, and use it.
  page.wasmRequests = [];
  page.preloadWarnings = [];
  page.on('request', (r) => { if (r.frame() === page.mainFrame() && r.url().endsWith('.wasm')) page.wasmRequests.push(r.url()); });
  page.on('console', (m) => { if (/preload/i.test(m.text())) page.preloadWarnings.push(m.text()); });
  await page.goto(host.url.replace('127.0.0.1', 'localhost') + '/');
  try {
    await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state === 'ready'
      && Number(e.shadowRoot.querySelector('figure').dataset.renders) > 0), null, { timeout: 20000 });
  } catch (e) {
    const states = await page.$$eval('pk-it-exports', (els) => els.map((el) => `${el.getAttribute('chart')}: ${el.dataset.state}, ${el.shadowRoot?.querySelector('.message')?.textContent}`));
    throw new Error(`${e.message}\n${states.join('\n')}\n${page.errors.join('\n')}`);
  }
  // Polled from here, not in the frame: a browser holds back timers and
  // animation frames in an iframe that is out of view.
  for (const frame of page.frames().slice(1)) {
    for (let i = 0; ; i += 1) {
      const state = await frame.evaluate(() => document.querySelector('pk-it-exports')?.dataset.state);
      if (state === 'ready') break;
      if (i > 200) throw new Error(`iframe ${frame.url()} is ${state}`);
      await page.waitForTimeout(100);
    }
  }
  return page;
}

async function iframeGaps(page) {
  const out = [];
  for (const handle of await page.$$('iframe[data-pk-it-exports]')) {
    const frame = await handle.contentFrame();
    const inner = await frame.evaluate(() => {
      const canvas = document.querySelector('pk-it-exports').shadowRoot.querySelector('.frame canvas');
      return { content: Math.ceil(document.documentElement.getBoundingClientRect().height), chart: canvas.getBoundingClientRect().height };
    });
    out.push({ ...inner, outer: await handle.evaluate((f) => f.clientHeight) });
  }
  return out;
}

const WIDTHS = [320, 360, 414, 768, 1200];

for (const width of WIDTHS) {
  for (const [ratio, scheme] of [[1, 'light'], [3, 'dark']]) {
    test(`README snippets at ${width} px, ratio ${ratio}, ${scheme}: every chart shows whole, no CSP violation`, async () => {
      const page = await open({ width, ratio, scheme });
      for (const w of await measureWidgets(page)) {
        assert.ok(w.chart >= 150, `${w.id}: chart ${w.chart} px tall`);
        assert.ok(w.chartInside, `${w.id}: chart clipped by its widget`);
        assert.deepEqual(w.hidden, [], `${w.id}: title, takeaway, source or controls hidden or outside`);
        assert.ok(Math.abs(w.backing - drawnRatio(ratio, w.area)) < 0.02, `${w.id}: backing store ${w.backing}x`);
        // This article has no dark mode: theme="auto" keeps its widgets
        // light for a reader who prefers dark (a dark box in a white
        // article was the bug), as the page around them is.
        assert.equal(w.theme, 'light', `${w.id}: theme="auto" on a light-only article`);
      }
      // Iframes: as tall as their content (the listener ran), chart readable,
      // when the reader gets there: out of view, a browser holds back an
      // iframe's animation frames and observers, so a redraw (and the height
      // it sends) can wait until it is scrolled to.
      for (const handle of await page.$$('iframe[data-pk-it-exports]')) await handle.scrollIntoViewIfNeeded();
      for (let i = 0; i < 50; i += 1) {
        const gaps = await iframeGaps(page);
        if (gaps.every((g) => Math.abs(g.content - g.outer) <= 3)) break;
        await page.waitForTimeout(100);
      }
      for (const g of await iframeGaps(page)) {
        assert.ok(Math.abs(g.content - g.outer) <= 3, `iframe ${g.outer} px, content ${g.content} px`);
        assert.ok(g.chart >= 150, `iframe chart ${g.chart} px`);
      }
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(page.errors, []);
      assert.equal(page.wasmRequests.length, 1, `the article fetched the wasm once: ${page.wasmRequests.join(', ')}`);
      assert.match(page.wasmRequests[0], /\/pk_it_exports_lite_bg\.wasm$/, 'the first-draw build: the article\'s widgets chart built-in figures');
      assert.deepEqual(page.preloadWarnings, [], 'the preloaded wasm is the one used');
      if (width === 360 || width === 1200) {
        await page.screenshot({ path: `${OUT}/readme-${width}-${scheme}-x${ratio}.png`, fullPage: true });
      }
      if (width === 360) {
        // A reader's first download loads the full build, under the same CSP.
        const [csv] = await Promise.all([page.waitForEvent('download'),
          page.$eval('pk-it-exports', (e) => e.shadowRoot.querySelector('.chart-tools button').click())]);
        assert.match(csv.suggestedFilename(), /\.csv$/);
        assert.match(page.wasmRequests[1] ?? '', /\/pk_it_exports_bg\.wasm$/, 'the full build, for the download');
        assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation loading it');
        assert.deepEqual(page.errors, []);
      }
      await page.context().close();
    });
  }
}

for (const [width, ratio, scheme] of [[360, 3, 'dark'], [1200, 1, 'light']]) {
  test(`README snippet page at ${width} px: cumulative layout shift <= 0.05`, async () => {
    const page = await open({ width, ratio, scheme });
    await page.waitForTimeout(1000); // shifts right after the draws still count
    const shifts = await page.evaluate(() => window.__shifts);
    const total = shifts.reduce((s, e) => s + e.value, 0);
    console.log(`# layout shift at ${width} px: ${total.toFixed(4)} (${shifts.length} shifts)`);
    assert.ok(total <= 0.05, `cumulative layout shift ${total.toFixed(4)}`);
    await page.context().close();
  });
}

test('the README article without JavaScript at 360 px: each element snippet\'s fallback image loads from the CDN under the CSP, drawn for a phone', async () => {
  const page = await env.page({ width: 360, height: 800, javaScriptEnabled: false });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(host.url.replace('127.0.0.1', 'localhost') + '/');
  await page.waitForLoadState('load');
  const images = await page.$$eval('pk-it-exports img', (els) => els.map((i) => ({
    src: i.currentSrc.split('/').pop(), loaded: i.complete && i.naturalWidth > 0, scale: i.getBoundingClientRect().width / i.naturalWidth,
  })));
  assert.ok(images.length >= 1, 'the element snippet has a fallback image');
  for (const i of images) {
    assert.ok(i.loaded, `${i.src} did not load`);
    assert.ok(i.scale >= 0.85, `${i.src} shown at ${i.scale.toFixed(2)} of its size`);
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await page.context().close();
});

test('a widget given its own data, added to the README article at 360 px: its figures are charted under the same CSP, the reader of data and the full build from the CDN', async () => {
  const page = await open({ width: 360, ratio: 3, scheme: 'light' });
  const scripts = [];
  page.on('request', (r) => { if (r.url().endsWith('.js')) scripts.push(r.url()); });
  // The "Custom data" section's form: the dataset inline, as JSON.
  await page.evaluate(() => {
    const el = document.createElement('pk-it-exports');
    el.id = 'own';
    el.setAttribute('chart', 'annual');
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = JSON.stringify({
      sources: [{ id: 'sbp', outlet: 'State Bank of Pakistan', date: '2025-08-18', reference: 'sbp.org.pk' }],
      records: [
        { measure: 'ict', period: 'FY2023-24', value: 3223, source: 'sbp' },
        { measure: 'ict', period: 'FY2024-25', value: 3810, source: 'sbp' },
      ],
    });
    el.append(data);
    document.getElementById('after').before(el);
  });
  await page.waitForFunction(() => document.getElementById('own').dataset.state === 'ready', null, { timeout: 20000 });
  const marks = await page.$eval('#own', async (e) => (await window.__pkLayout(e)).marks.map((m) => m.value));
  assert.deepEqual(marks, [3223, 3810], 'the editor\'s two figures, not the built-in ones');
  assert.ok(scripts.some((u) => u.endsWith('/own-data.js') && !u.includes('localhost')), `own-data.js from the CDN: ${scripts.join(', ')}`);
  assert.ok(page.wasmRequests.some((u) => u.endsWith('/pk_it_exports_bg.wasm')), 'the build that reads datasets');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.errors, []);
  await page.screenshot({ path: `${OUT}/readme-own-data-360-x3.png`, fullPage: true });
  await page.context().close();
});

test('an Urdu article with the README\'s Urdu head and its elements at 360 px: Urdu charts from the Urdu first-draw build alone, each file fetched once, under the same CSP', async () => {
  assert.ok(found.urduHead, 'the README has the Urdu article\'s head');
  const elements = snippets.filter((b) => b.includes('<pk-it-exports'));
  const dir = await mkdtemp(join(tmpdir(), 'pk-readme-ur-'));
  await copyFile('www/favicon.svg', join(dir, 'favicon.ico'));
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="ur" dir="rtl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>ایک مضمون</title>
${found.urduHead.replaceAll(CDN, `${cdn.url}/`)}</head>
<body><main><h1>آئی ٹی برآمدات</h1>
${elements.map((e) => `<p>پیراگراف</p>\n${e.replaceAll(CDN, `${cdn.url}/`)}`).join('\n')}
</main></body></html>`);
  const urHost = await serve({ root: dir, headers: { 'Content-Security-Policy': found.csp.replaceAll(CDN_ORIGIN, cdn.url) } });
  try {
    const page = await env.page({ width: 360, height: 800, deviceScaleFactor: 3, colorScheme: 'light' });
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const fetched = [];
    page.on('request', (r) => { if (/\.(wasm|js)$/.test(r.url())) fetched.push(r.url().split('/').pop()); });
    await page.goto(urHost.url.replace('127.0.0.1', 'localhost') + '/');
    await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state === 'ready'
      && Number(e.shadowRoot.querySelector('figure').dataset.renders) > 0), null, { timeout: 20000 });
    const widgets = await page.$$eval('pk-it-exports', (els) => els.map((e) => ({
      lang: e.shadowRoot.querySelector('.widget').lang, title: e.shadowRoot.querySelector('.title').textContent })));
    assert.ok(widgets.length >= 1);
    for (const w of widgets) {
      assert.equal(w.lang, 'ur');
      assert.match(w.title, /[\u0600-\u06FF]/, `an Urdu title: ${w.title}`);
    }
    // The preloads are the files used: each fetched once, and nothing else's wasm.
    const count = (name) => fetched.filter((f) => f === name).length;
    assert.equal(count('pk_it_exports_lite_ur_bg.wasm'), 1, fetched.join(', '));
    assert.equal(count('pk_it_exports_lite_ur.js'), 1, fetched.join(', '));
    assert.deepEqual(fetched.filter((f) => f.endsWith('.wasm') && f !== 'pk_it_exports_lite_ur_bg.wasm'), []);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(page.errors, []);
    await page.screenshot({ path: `${OUT}/readme-ur-360-x3.png`, fullPage: true });
    await page.context().close();
  } finally {
    await urHost.close();
  }
});

test('the modules a page loads to draw start with V8\'s compile hint, as the README says', async () => {
  // On the first line, where V8 looks for it: a banner written above it
  // would turn it off without a word.
  for (const file of ['www/embed.js', 'www/app.js', 'www/iframe-page.js']) {
    const [first] = (await readFile(file, 'utf8')).split('\n', 1);
    assert.equal(first, '//# allFunctionsCalledOnLoad', file);
  }
  assert.match(await readFile('README.md', 'utf8'), /`\/\/# allFunctionsCalledOnLoad`/);
});

test('the fallback images in the README\'s snippets are given the sizes the build draws them at', async () => {
  // An editor copies these attributes: a height other than the image's
  // (260 for the 320 px phone chart) reserves the wrong room until it
  // loads, and the article jumps.
  const tags = found.snippets.join('\n').matchAll(/(?:srcset|src)="[^"]*\/(static\/[\w/-]+\.svg)"[^>]*?width="(\d+)" height="(\d+)"/g);
  let checked = 0;
  for (const [, file, width, height] of tags) {
    const svg = await readFile(`www/${file}`, 'utf8');
    const [, w, h] = /<svg width="(\d+)" height="(\d+)"/.exec(svg);
    assert.deepEqual([width, height], [w, h], file);
    checked += 1;
  }
  assert.ok(checked >= 2, `the README gives ${checked} fallback image sizes`);
});

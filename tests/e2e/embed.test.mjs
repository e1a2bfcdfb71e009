// The embed on a page the project does not control: the example article
// under a strict CSP, an iframe that sizes itself (also cross-origin), and
// the fallbacks when the wasm or JavaScript is missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, OUT, STRICT_CSP, pointsDisagree } from './harness.mjs';
import { serve } from '../../scripts/server.mjs';

let env;
before(async () => { env = await start({ headers: { 'Content-Security-Policy': STRICT_CSP } }); });
after(async () => { await env?.stop(); });

/** Records CSP violations and the window's own names from before any page script runs. */
async function instrument(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__names = Object.getOwnPropertyNames(window);
  });
}

const ready = (page, n) => page.waitForFunction((count) => {
  const els = [...document.querySelectorAll('pk-it-exports')];
  return els.length === count && els.every((e) => e.dataset.state === 'ready' && Number(e.shadowRoot.querySelector('figure').dataset.renders) > 0);
}, n, { timeout: 15000 });

/**
 * Records each canvas font set, as the browser reads it back, by when
 * (`window.__released`, set by the test) and where: a canvas in the page
 * (a chart's) or one in none (the embed's font warming).
 */
const recordCanvasFonts = (page) => page.addInitScript(() => {
  window.__fonts = [];
  const font = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, 'font');
  Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', {
    ...font,
    set(value) {
      font.set.call(this, value);
      window.__fonts.push({ font: this.font, after: Boolean(window.__released), chart: this.canvas.isConnected });
    },
  });
});

/**
 * Records each write of `attr` on every widget's inner box, from before any
 * page script, as [old value, new value] pairs in window.__writes.
 */
const recordWidgetWrites = (page, attr) => page.addInitScript((name) => {
  window.__writes = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver((records) => {
      for (const r of records) if (r.target.classList.contains('widget')) window.__writes.push([r.oldValue, r.target.getAttribute(name)]);
    }).observe(root, { subtree: true, attributes: true, attributeFilter: [name], attributeOldValue: true });
    return root;
  };
}, attr);

async function frameGap(page) {
  const frame = page.frameLocator('iframe[data-pk-it-exports]');
  await frame.locator('pk-it-exports[data-state=ready]').waitFor({ timeout: 15000 });
  const handle = await page.$('iframe[data-pk-it-exports]');
  const inner = await (await handle.contentFrame()).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  // The iframe's content box: borders are the host page's business.
  const outer = await handle.evaluate((f) => f.clientHeight);
  return { inner, outer };
}

async function settle(page, pred, timeout = 5000) {
  const start = Date.now();
  for (;;) {
    const v = await pred();
    if (v.ok || Date.now() - start > timeout) return v;
    await page.waitForTimeout(100);
  }
}

// Properties a page sets on its body that every descendant inherits, the
// shadow root's too, unless the widget resets them (a site's typography:
// spaced capitals, justified and indented text, pre-line whitespace).
const INHERITED = 'letter-spacing: .12em; word-spacing: .3em; text-transform: uppercase; font-style: italic; '
  + 'font-weight: 700; text-align: justify; text-indent: 2em; font-variant: small-caps; white-space: pre-line; '
  + 'line-height: 3; text-shadow: 2px 2px red; cursor: wait; text-decoration: underline wavy red';

// And the root's font size, which rem units read even inside a shadow
// root: a site's `html { font-size: 62.5% }` made the widget's title 11.5 px
// and its source line and buttons 7.5 px.
test("a page's inherited typography and root font size do not reach the widget's words or its canvas", async () => {
  const shapes = [];
  const pictures = [];
  // Set on the body, the widget inherits them; set by a rule that selects
  // the element itself too (`.entry-content *`, a text-spacing
  // bookmarklet), they outrank the :host rule's reset.
  for (const css of ['', `html { font-size: 62.5% } body { ${INHERITED} }`, `html { font-size: 62.5% } body * { ${INHERITED} }`]) {
    const page = await env.page({ width: 360, deviceScaleFactor: 1 });
    await page.route('**/typography.html', (route) => route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': STRICT_CSP },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="host.css"><link rel="stylesheet" href="typography.css"><script type="module" src="embed.js"></script></head>
<body><pk-it-exports chart="annual" height="760"></pk-it-exports><pk-it-exports chart="growth" font="inherit"></pk-it-exports></body></html>`,
    }));
    await page.route('**/typography.css', (route) => route.fulfill({ contentType: 'text/css', body: css }));
    await page.goto(`${env.url}/typography.html`);
    await ready(page, 2);
    shapes.push(await page.$$eval('pk-it-exports', (els) => els.map((el) => {
      const root = el.shadowRoot;
      const styles = ['.title', '.takeaway', '.source', 'canvas'].map((s) => {
        const c = getComputedStyle(root.querySelector(s));
        return [c.fontSize, c.padding, c.letterSpacing, c.wordSpacing, c.textTransform, c.fontStyle, c.fontWeight, c.textAlign,
          c.textIndent, c.fontVariant, c.whiteSpace, c.lineHeight, c.textShadow, c.cursor].join(' | ');
      });
      return { styles, height: Math.round(el.getBoundingClientRect().height), font: getComputedStyle(root.querySelector('.widget')).fontFamily };
    })));
    // What a reader sees of the first widget's words, pixel for pixel: a
    // decoration (underline) is drawn through it without showing in any
    // computed style.
    const first = await page.$('pk-it-exports');
    pictures.push(await first.screenshot());
    if (css) await page.screenshot({ path: `${OUT}/typography-360-${shapes.length - 1}.png`, fullPage: true });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
  const [plain, ...styles] = shapes;
  for (const [k, styled] of styles.entries()) {
    for (const [i, w] of styled.entries()) {
      assert.deepEqual(w.styles, plain[i].styles, `widget ${i}, page ${k + 1}: the page's typography reached in`);
      assert.equal(w.height, plain[i].height, `widget ${i}, page ${k + 1}: ${w.height} px with the page's typography, ${plain[i].height} without`);
    }
    assert.ok(pictures[0].equals(pictures[k + 1]), `page ${k + 1}: the first widget looks different under the page's typography`);
  }
  const styled = styles[0];
  // font="inherit" still takes the article's font family (the default here).
  assert.notEqual(styled[1].font, styled[0].font);
});

test('the example article renders every widget under a strict CSP, isolated from the page', async () => {
  const page = await env.page({ width: 1000 });
  await instrument(page);
  await page.goto(`${env.url}/example-article.html`);
  await ready(page, 2);
  const widgets = await page.$$eval('pk-it-exports', (els) => els.map((el) => {
    const root = el.shadowRoot;
    const canvas = root.querySelector('canvas');
    const h2 = root.querySelector('h2');
    return {
      chart: el.getAttribute('chart'),
      canvasWidth: canvas.width,
      title: h2.textContent,
      // The article's own rules (h2 red at 3rem, dashed borders) must not reach in.
      titleSize: getComputedStyle(h2).fontSize,
      titleColour: getComputedStyle(h2).color,
      canvasBorder: getComputedStyle(canvas).borderTopWidth,
      fallbackShown: !root.querySelector('.fallback').hidden,
      font: getComputedStyle(root.querySelector('.widget')).fontFamily,
    };
  }));
  assert.deepEqual(widgets.map((w) => w.chart), ['annual', 'compared']);
  for (const w of widgets) {
    assert.ok(w.canvasWidth > 500, `${w.chart} drawn`);
    assert.ok(w.title.length > 5);
    assert.notEqual(w.titleSize, '48px', 'page h2 rule leaked in');
    assert.notEqual(w.titleColour, 'rgb(255, 0, 0)', 'page colour leaked in');
    assert.equal(w.canvasBorder, '0px', 'page canvas rule leaked in');
    assert.equal(w.fallbackShown, false);
  }
  // font="inherit" takes the article's serif; the other keeps its own.
  assert.match(widgets[1].font, /Georgia/);
  assert.doesNotMatch(widgets[0].font, /Georgia/);

  const { inner, outer } = await settle(page, async () => { const g = await frameGap(page); return { ...g, ok: Math.abs(g.inner - g.outer) <= 3 }; });
  // The article's words about the iframe's chart name the years it draws
  // (they once named last year's pair after the data moved on).
  const handle = await page.$('iframe[data-pk-it-exports]');
  const drawnTitle = await (await handle.contentFrame()).$eval('pk-it-exports', (e) => e.shadowRoot.querySelector('.title').textContent.replace(/\u2060/g, ''));
  const years = drawnTitle.match(/FY\d{4}-\d{2}/g);
  assert.ok(years?.length === 2, drawnTitle);
  const iframeTitle = await handle.getAttribute('title');
  for (const fy of years) assert.ok(iframeTitle.includes(fy), `iframe title "${iframeTitle}" against the chart's "${drawnTitle}"`);
  assert.ok(Math.abs(inner - outer) <= 3, `iframe ${outer}px, content ${inner}px`);

  // The widget's own light-DOM fallback (a real table) is in the page for no-JS readers.
  assert.equal(await page.evaluate(() => document.querySelectorAll('pk-it-exports > figure.pk-fallback table').length), 2);
  const newNames = await page.evaluate(() => Object.getOwnPropertyNames(window).filter((n) => !window.__names.includes(n) && !n.startsWith('__') && !/^\d+$/.test(n)));
  assert.deepEqual(newNames, [], 'no global names');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await page.screenshot({ path: `${OUT}/article-1000.png`, fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** The theme an article's widget iframe has settled on (the article's iframe-host.js tells it). */
async function frameTheme(page) {
  const theme = () => page.frameLocator('iframe[data-pk-it-exports]').locator('pk-it-exports')
    .evaluate((e) => [e.shadowRoot.querySelector('.widget').dataset.theme, Number(e.shadowRoot.querySelector('figure').dataset.renders)]);
  // Told after its first height report: give the message and its redraw a moment.
  let last;
  for (let i = 0; i < 20; i += 1) {
    const now = await theme();
    if (last && now[0] === last[0] && now[1] === last[1] && now[1] > 0) return now[0];
    last = now;
    await page.waitForTimeout(150);
  }
  return last[0];
}

test('the iframe keeps its height equal to its content through resizes', async () => {
  const page = await env.page({ width: 1200, height: 900, colorScheme: 'dark' });
  await page.goto(`${env.url}/example-article.html`);
  await frameGap(page);
  // The example article has a dark mode: its iframe (theme=auto) is dark with it.
  assert.equal(await frameTheme(page), 'dark');
  for (const width of [1200, 800, 360]) {
    await page.setViewportSize({ width, height: 900 });
    const g = await settle(page, async () => { const v = await frameGap(page); return { ...v, ok: Math.abs(v.inner - v.outer) <= 3 }; });
    assert.ok(g.ok, `at ${width}px: iframe ${g.outer}px, content ${g.inner}px`);
  }
  await page.screenshot({ path: `${OUT}/article-360-dark.png`, fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('cross-origin: widgets and iframe from another origin, on a page with its own CSP that requires Trusted Types', async () => {
  // The widget files on one origin (127.0.0.1, with CORS, as a CDN serves
  // them); the article on another (localhost) allowing that origin.
  const cdn = await serve({ root: 'www', headers: { 'Access-Control-Allow-Origin': '*' } });
  const dir = await mkdtemp(join(tmpdir(), 'pk-host-'));
  const cdnUrl = `${cdn.url}/`;
  await copyFile('www/favicon.svg', join(dir, 'favicon.ico'));
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="${cdnUrl}embed.js"></script><script type="module" src="${cdnUrl}iframe-host.js"></script></head><body><main>
<pk-it-exports chart="growth" theme="dark"></pk-it-exports>
<pk-it-exports chart="monthly"></pk-it-exports>
<iframe data-pk-it-exports src="${cdnUrl}embed.html?chart=targets" title="Targets" height="300"></iframe>
</main></body></html>`);
  // Trusted Types too, as some newsrooms require: no HTML string is parsed
  // (the widget's parts were, and it showed nothing).
  const csp = `default-src 'self' ${cdn.url}; script-src 'self' ${cdn.url} 'wasm-unsafe-eval'; style-src 'self' ${cdn.url}; require-trusted-types-for 'script'; trusted-types 'none'`;
  const host = await serve({ root: dir, headers: { 'Content-Security-Policy': csp } });
  try {
    // A reader who prefers dark, on an article without a dark mode.
    const page = await env.page({ width: 700, colorScheme: 'dark' });
    await instrument(page);
    await page.goto(host.url.replace('127.0.0.1', 'localhost') + '/');
    await ready(page, 2);
    // A reader's choice, the data table opened, a point picked: the parts built after the draw.
    const monthly = page.locator('pk-it-exports[chart=monthly]');
    await monthly.locator('.controls input').last().check();
    await monthly.locator('details summary').first().click();
    await monthly.locator('details table').first().waitFor();
    await monthly.evaluate((e) => e.chart.described());
    await monthly.evaluate((e) => e.shadowRoot.querySelector('.frame').focus());
    await page.keyboard.press('ArrowRight');
    assert.match(await monthly.evaluate((e) => e.shadowRoot.querySelector('.tooltip').textContent), /\$/);
    const g = await settle(page, async () => { const v = await frameGap(page); return { ...v, ok: Math.abs(v.inner - v.outer) <= 3 }; });
    assert.ok(g.ok, `iframe ${g.outer}px, content ${g.inner}px`);
    assert.ok(g.outer > 350, 'grew from its 300px attribute');
    // The iframe (no theme: auto) is told the article is light and draws
    // light, as the article is; the element asked for dark stays dark.
    assert.equal(await frameTheme(page), 'light');
    // Its document is painted the widget's colour, so the scrollbar's
    // gutter beside the widget is not the article's (a light strip beside
    // a dark widget).
    const painted = await page.frameLocator('iframe[data-pk-it-exports]').locator('pk-it-exports').evaluate((e) => [
      getComputedStyle(document.documentElement).backgroundColor,
      getComputedStyle(e.shadowRoot.querySelector('.widget')).backgroundColor,
    ]);
    assert.equal(painted[0], painted[1]);
    assert.equal(await page.$eval('pk-it-exports', (e) => e.shadowRoot.querySelector('.widget').dataset.theme), 'dark');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  } finally {
    await host.close();
    await cdn.close();
  }
});

test('with the wasm blocked, each widget shows its data table and a message; nothing throws', async () => {
  const page = await env.page({ width: 900 });
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${env.url}/example-article.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state === 'error'));
  for (const el of await page.$$('pk-it-exports')) {
    const message = await el.evaluate((e) => e.shadowRoot.querySelector('.message').textContent);
    assert.match(message, /could not load/);
  }
  assert.ok(await page.locator('pk-it-exports table').first().isVisible(), 'fallback table visible');
  assert.ok(await page.locator('pk-it-exports img').first().isVisible(), 'static chart image visible');
  // Only the blocked request itself is reported; no uncaught error or rejection.
  assert.deepEqual(page.errors.filter((e) => !/Failed to load resource|ERR_FAILED/.test(e)), []);
  await page.screenshot({ path: `${OUT}/article-wasm-blocked.png`, fullPage: true });
  await page.context().close();
});

test("a policy without 'wasm-unsafe-eval': each widget says it could not load, and the console says why, once", async () => {
  // The browser itself says nothing when a policy blocks a wasm; the page's
  // editor needs the reason more than the reader does.
  const page = await env.page({ width: 700 });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.route('**/no-wasm-eval.html', (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'" },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>policy</title><script type="module" src="embed.js"></script></head>
<body><main><pk-it-exports chart="annual"></pk-it-exports><pk-it-exports chart="growth"></pk-it-exports></main></body></html>`,
  }));
  await page.goto(`${env.url}/no-wasm-eval.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state === 'error'), null, { timeout: 15000 });
  for (const el of await page.$$('pk-it-exports')) {
    assert.match(await el.evaluate((e) => e.shadowRoot.querySelector('.message').textContent), /could not load/);
  }
  const said = warnings.filter((w) => /Content Security Policy/.test(w) && /unsafe-eval/.test(w));
  assert.equal(said.length, 1, `the reason, once: ${JSON.stringify(warnings)}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('without JavaScript the fallback image and table show', async () => {
  const page = await env.page({ width: 400, javaScriptEnabled: false });
  await page.goto(`${env.url}/example-article.html`);
  const table = page.locator('pk-it-exports table').first();
  assert.ok(await table.isVisible());
  assert.match(await table.textContent(), /FY2024-25/);
  const img = page.locator('pk-it-exports img').first();
  assert.ok(await img.isVisible());
  // At 400 px, the phone's image (340 px wide), not the column's (640).
  assert.ok(await img.evaluate((i) => i.complete && i.naturalWidth === 340), 'static SVG loaded');
  await page.screenshot({ path: `${OUT}/article-no-js-400.png`, fullPage: true });
  await page.context().close();
});

test('a bad attribute shows its reason in that widget only; changing an attribute re-renders', async () => {
  const page = await env.page({ width: 900 });
  await page.goto(`${env.url}/example-article.html`);
  await ready(page, 2);
  await page.evaluate(() => {
    const bad = document.createElement('pk-it-exports');
    bad.setAttribute('chart', 'pie');
    bad.setAttribute('height', '600');
    bad.id = 'bad';
    document.querySelector('article').append(bad);
  });
  await page.waitForFunction(() => document.getElementById('bad').dataset.state === 'error');
  const message = await page.$eval('#bad', (e) => e.shadowRoot.querySelector('.message').textContent);
  assert.equal(message, 'This chart could not be drawn: chart: "pie" is not one of annual, growth, compared, monthly, targets', 'says what is allowed');
  // No fallback to show: the 600 px kept for the chart are let go, not
  // left blank under the message; fixed, it draws at its height again.
  const failed = await page.$eval('#bad', (e) => e.getBoundingClientRect().height);
  assert.ok(failed < 200, `a failed widget without fallback is ${failed} px tall`);
  await page.$eval('#bad', (e) => e.setAttribute('chart', 'growth'));
  await page.waitForFunction(() => document.getElementById('bad').dataset.state === 'ready', null, { timeout: 20000 });
  const fixed = await page.$eval('#bad', (e) => e.getBoundingClientRect().height);
  assert.ok(fixed >= 599, `fixed, the widget is ${fixed} px tall`);
  await page.$eval('#bad', (e) => e.remove());
  // The others are untouched.
  const states = await page.$$eval('pk-it-exports:not(#bad)', (els) => els.map((e) => e.dataset.state));
  assert.deepEqual(states, ['ready', 'ready']);

  const annual = await page.$('pk-it-exports[chart=annual]');
  const renders = await annual.evaluate((e) => Number(e.shadowRoot.querySelector('figure').dataset.renders));
  await annual.evaluate((e) => e.setAttribute('theme', 'dark'));
  await page.waitForFunction((r) => {
    const e = document.querySelector('pk-it-exports[chart=annual]');
    return e.shadowRoot.querySelector('.widget').dataset.theme === 'dark' && Number(e.shadowRoot.querySelector('figure').dataset.renders) >= 1 && e.chart && e.chart.options.theme === 'dark';
  }, renders);
  // The rebuilt chart alone answers keys and the pointer on the frame it
  // took over: the chart before it, freed, is not called ("null pointer
  // passed to rust" from its listeners, left on the frame).
  await annual.evaluate((e) => e.chart.described());
  await annual.evaluate((e) => e.shadowRoot.querySelector('.frame').focus());
  for (const key of ['ArrowRight', 'End']) await page.keyboard.press(key);
  assert.match(await annual.evaluate((e) => e.shadowRoot.querySelector('.tooltip').textContent), /\$/);
  const box = await (await annual.evaluateHandle((e) => e.shadowRoot.querySelector('canvas'))).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2);
  await page.keyboard.press('Tab');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('before the wasm arrives a widget shows its words, controls and tools, and holds its height: nothing moves when it draws', async () => {
  // A fractional ratio: the backing store made before the wasm must round as the draw does.
  const page = await env.page({ width: 1000, deviceScaleFactor: 1.5 });
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  // Each widget's lang, as written: Chromium restyles everything under a
  // lang attribute set again, even to the value it had.
  await recordWidgetWrites(page, 'lang');
  await recordCanvasFonts(page);
  await page.goto(`${env.url}/example-article.html`);
  const box = (chart) => page.$eval(`pk-it-exports[chart=${chart}]`, (e) => {
    const root = e.shadowRoot;
    const r = e.getBoundingClientRect();
    const next = e.nextElementSibling.getBoundingClientRect();
    // As written, less the word joiners writeText puts after a hyphen.
    const slots = Object.fromEntries([...root.querySelectorAll('[data-text]')].map((s) => [s.dataset.text, s.textContent.replace(/\u2060/g, '')]));
    return {
      state: e.dataset.state,
      inner: root.querySelector('.widget').dataset.state,
      height: r.height,
      nextTop: next.top,
      canvas: root.querySelector('.frame canvas').getBoundingClientRect().height,
      painted: getComputedStyle(root.querySelector('.frame canvas')).visibility,
      // What the focusable frame is named by (aria-labelledby: the canvas).
      name: root.getElementById(root.querySelector('.frame').getAttribute('aria-labelledby'))?.getAttribute('aria-label'),
      backing: ((c) => [c.width, c.height])(root.querySelector('.frame canvas')),
      drawnAt: [root.querySelector('figure').dataset.width, root.querySelector('figure').dataset.height].map(Number),
      slots,
      controls: [...root.querySelectorAll('.controls input')].map((i) => `${i.value}:${i.checked}`),
      buttons: [...root.querySelectorAll('.chart-tools button, .chart-tools summary')].map((b) => b.textContent),
      textSizes: ['.source', '.chart-tools'].map((sel) => getComputedStyle(root.querySelector(sel)).fontSize),
    };
  });
  await page.waitForTimeout(300);
  // One more, with controls, added by the page's own script meanwhile.
  await page.evaluate(() => {
    const m = document.createElement('pk-it-exports');
    m.setAttribute('chart', 'monthly');
    // And one whose chart the page changes meanwhile: its words follow.
    const g = document.createElement('pk-it-exports');
    g.setAttribute('chart', 'growth');
    document.querySelector('article').append(m, document.createElement('p'), g, document.createElement('p'));
    g.setAttribute('chart', 'targets');
  });
  const changed = await box('targets');
  assert.match(changed.slots.title, /target/i, `the changed chart's words before the wasm: ${changed.slots.title}`);
  const loading = await box('annual');
  const monthly = await box('monthly');
  assert.equal(loading.state, 'loading');
  assert.equal(loading.inner, 'waiting', 'the chart box laid out, its placeholder showing');
  assert.match(loading.slots.title, /ICT export remittances/, 'the title before the wasm');
  // The frame takes the focus from the start: named from the start, too.
  assert.equal(loading.name, loading.slots.title, 'the chart named before the wasm');
  assert.equal(changed.name, changed.slots.title, 'the changed chart named by its own words');
  assert.match(loading.slots.source, /Figures to/, 'the source line before the wasm');
  assert.equal(loading.buttons.length, 3, 'the tools before the wasm');
  assert.deepEqual(monthly.controls, ['false:true', 'true:false'], 'the controls before the wasm');
  // A choice made before the chart can draw is the chart it draws.
  await page.evaluate(() => document.querySelector('pk-it-exports[chart=monthly]').shadowRoot.querySelector('.controls input[value=true]').click());
  // Its words follow the choice at once, not when the chart draws.
  const chosen = (await box('monthly')).slots.takeaway;
  assert.notEqual(chosen, monthly.slots.takeaway, 'the takeaway for the year to date, before the wasm');
  // Its canvas, blank until drawn, is not painted meanwhile.
  assert.equal(loading.painted, 'hidden');
  // Every widget, with a height or without (the compared chart's, and the
  // two the page added): its chart's box and backing store before the wasm
  // are the ones it draws in, so none grows or shrinks when it draws.
  const boxes = () => page.$$eval('pk-it-exports', (els) => els.map((e) => {
    const c = e.shadowRoot.querySelector('.frame canvas');
    return `${e.getAttribute('chart')}: widget ${e.getBoundingClientRect().height}px, canvas ${c.style.height}, ${c.width}x${c.height}`;
  }));
  const room = await boxes();
  await page.evaluate(() => { window.__released = true; });
  release();
  await ready(page, 4);
  assert.deepEqual(await boxes(), room, 'the room held before the wasm is the room drawn in');
  const drawn = await box('annual');
  assert.equal(drawn.height, loading.height, 'widget height');
  assert.equal(drawn.canvas, loading.canvas, 'the chart took the room held for it');
  assert.equal(drawn.painted, 'visible');
  // Every font the first draws used was asked for while the wasm downloaded.
  const fonts = await page.evaluate(() => window.__fonts);
  const warmed = new Set(fonts.filter((f) => !f.after && !f.chart).map((f) => f.font));
  const drawnIn = new Set(fonts.filter((f) => f.after && f.chart).map((f) => f.font));
  assert.ok(drawnIn.size >= 4, [...drawnIn].join(' | '));
  assert.deepEqual([...drawnIn].filter((f) => !warmed.has(f)), [], `warmed: ${[...warmed].join(' | ')}`);
  // The source line and the tools, laid out before the wasm, are in the
  // size the charts draw their axis labels in (a size's first use loads
  // its glyphs: shared, the draw finds that done).
  assert.deepEqual(loading.textSizes, ['12px', '12px']);
  assert.ok([...drawnIn].some((f) => f.startsWith('12px ')), [...drawnIn].join(' | '));
  // Its backing store was made while the wasm downloaded, at the size the draw then used.
  assert.deepEqual(drawn.backing, loading.backing, 'the backing store made before the wasm');
  assert.deepEqual(loading.backing, drawn.drawnAt.map((px) => Math.round(px * 1.5)));
  assert.equal(drawn.nextTop, loading.nextTop, 'the paragraph after it did not move');
  assert.ok(Math.abs(drawn.height - 720) <= 2 * 24 + 2, `about the 720px asked for (plus margins): ${drawn.height}`);
  // The words shown before are the wasm's words: the full build's text() for the same options.
  for (const chart of ['annual', 'compared', 'monthly', 'targets']) {
    const shown = (await box(chart)).slots;
    const words = await page.$eval(`pk-it-exports[chart=${chart}]`, async (e) => {
      const kit = await import(new URL('pkg/pk_it_exports.js?words', document.querySelector('script[src$="embed.js"]').src).href);
      await kit.default({ module_or_path: new URL('pkg/pk_it_exports_bg.wasm?words', document.querySelector('script[src$="embed.js"]').src) });
      const c = new kit.Chart(e.chart.options);
      try { return c.text(); } finally { c.free(); }
    });
    for (const slot of ['title', 'takeaway', 'source', 'definitions']) assert.equal(shown[slot], words[slot], `${chart} ${slot}`);
  }
  const picked = await page.$eval('pk-it-exports[chart=monthly]', (e) => e.chart.options.cumulative);
  assert.equal(picked, true, 'the choice made before the wasm arrived is drawn');
  assert.equal((await box('monthly')).slots.takeaway, chosen, 'with the words shown for it');
  // Once a widget: shown before the wasm, not again when it draws.
  const widgets = await page.$$eval('pk-it-exports', (els) => els.length);
  const langs = await page.evaluate(() => window.__writes.map(([, lang]) => lang));
  assert.deepEqual(langs, Array(widgets).fill('en'), 'lang written once a widget');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a phone turned while the wasm downloads: the room held follows, and nothing moves when the charts draw', async () => {
  const page = await env.page({ width: 390, height: 844, deviceScaleFactor: 3 });
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.route('**/turned.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="preload" href="pkg/pk_it_exports_lite_bg.wasm" as="fetch" type="application/wasm" crossorigin>
<script type="module" src="embed.js"></script><style>body{margin:0 16px}</style></head><body>
<pk-it-exports chart="annual" height="520"></pk-it-exports><pk-it-exports chart="compared"></pk-it-exports>
<pk-it-exports chart="targets"></pk-it-exports><p id="after">After.</p></body></html>` }));
  await page.goto(`${env.url}/turned.html`);
  const room = () => page.evaluate(() => [...document.querySelectorAll('pk-it-exports')].map((e) => {
    const c = e.shadowRoot.querySelector('.frame canvas');
    return `${e.getAttribute('chart')}: ${e.getBoundingClientRect().height}px, canvas ${c.style.height} ${c.width}x${c.height}`;
  }).concat(`after at ${document.getElementById('after').getBoundingClientRect().top}`));
  await page.waitForTimeout(300);
  const upright = await room();
  await page.setViewportSize({ width: 844, height: 390 });
  await page.waitForTimeout(300);
  const turned = await room();
  assert.notDeepEqual(turned, upright, 'the room follows the new width');
  release();
  await ready(page, 3);
  assert.deepEqual(await room(), turned, 'the charts drew in the room held for them');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a chart's least height, known before the wasm, is what its drawing needs at every phone-to-desktop width", async () => {
  // The embed holds a chart's room before the wasm by its prepared rules
  // (equal to a fresh chart's minHeight: tests/prepared.rs); if a drawing
  // then measures its legend or notes taller than that, the chart grows
  // at its first draw and the article below it moves.
  const page = await env.page({ width: 800 });
  await page.goto(`${env.url}/index.html`);
  const grew = await page.evaluate(async () => {
    const en = await import('/pkg/pk_it_exports.js?least');
    await en.default({ module_or_path: '/pkg/pk_it_exports_bg.wasm?least' });
    // Urdu has no rules before its wasm, but a chart that grows at its draw
    // moves the article all the same: its legend charts' least heights too.
    const ur = await import('/pkg/pk_it_exports_ur.js?least');
    await ur.default({ module_or_path: '/pkg/pk_it_exports_ur_bg.wasm?least' });
    const out = [];
    for (const options of [{ chart: 'annual' }, { chart: 'growth' }, { chart: 'compared' }, { chart: 'monthly' },
      { chart: 'monthly', cumulative: true }, { chart: 'targets' }, { chart: 'targets', targetReading: 'cumulative' },
      { chart: 'annual', lang: 'ur' }, { chart: 'growth', lang: 'ur' }, { chart: 'monthly', lang: 'ur' }]) {
      const { Chart } = options.lang === 'ur' ? ur : en;
      const chart = new Chart({ lang: 'en', ...options, theme: 'light' });
      // From a 320 px phone less an article's margins (up to 32 px a side)
      // to a desktop column.
      for (let width = 255; width <= 800; width += 5) {
        const least = chart.minHeight(width);
        chart.render(document.createElement('canvas'), width, Math.max(least, chart.preferredHeight(width)), 1);
        const needed = chart.minHeight(width);
        if (needed > least) out.push(`${JSON.stringify(options)} at ${width}px: ${least} -> ${needed}`);
      }
      chart.free();
    }
    return out;
  });
  assert.deepEqual(grew, []);
  await page.context().close();
});

test('a wasm already downloaded when the embed runs draws each chart with its words in one go', async () => {
  // The README's snippet on a fast link: the preload has the wasm in before
  // embed.js runs (held here until it has). Its words then come with the
  // chart, in one layout, rather than a layout and a paint of their own.
  const page = await env.page({ width: 1000 });
  let wasmIn;
  const arrived = new Promise((ok) => { wasmIn = ok; });
  page.on('requestfinished', (r) => { if (r.url().endsWith('/pkg/pk_it_exports_lite_bg.wasm')) wasmIn(); });
  await page.route('**/embed.js', async (route) => { await arrived; await route.continue(); });
  await page.route('**/arrived.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <link rel="preload" href="pkg/pk_it_exports_lite_bg.wasm" as="fetch" type="application/wasm" crossorigin>
      <script type="module" src="embed.js"></script></head>
      <body><pk-it-exports chart="annual" height="520"></pk-it-exports><pk-it-exports chart="monthly"></pk-it-exports></body></html>`,
  }));
  // Every state each widget's box passes through (a record's old value
  // keeps a state that lasted less than a callback).
  await recordWidgetWrites(page, 'data-state');
  await page.goto(`${env.url}/arrived.html`);
  await ready(page, 2);
  const states = await page.evaluate(() => window.__writes.flat());
  assert.ok(!states.includes('waiting'), `no words-only state: ${states.join(' ')}`);
  assert.ok(states.includes('ready'), states.join(' '));
  const shown = await page.$$eval('pk-it-exports', (els) => els.map((e) => ({
    title: e.shadowRoot.querySelector('[data-text=title]').textContent,
    controls: e.shadowRoot.querySelectorAll('.controls input').length,
  })));
  assert.match(shown[0].title, /ICT export remittances/);
  assert.equal(shown[1].controls, 2, 'the monthly chart\'s controls');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an iframe that drew before the article\'s listener started still gets its height', async () => {
  // Iframes load in parallel with the article's scripts: here the host
  // script arrives only after the iframe has drawn and reported to nobody.
  const page = await env.page({ width: 700 });
  await page.route('**/late-host.html', (r) => r.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>late</title>
<link rel="stylesheet" href="host.css"></head><body><main>
<iframe data-pk-it-exports src="embed.html?chart=annual" title="Annual" height="300"></iframe>
</main></body></html>` }));
  await page.goto(`${env.url}/late-host.html`);
  const frame = page.frameLocator('iframe[data-pk-it-exports]');
  await frame.locator('pk-it-exports[data-state=ready]').waitFor({ timeout: 15000 });
  await page.waitForTimeout(300);
  const before = await frameGap(page);
  assert.ok(Math.abs(before.inner - before.outer) > 3, `no listener yet: iframe ${before.outer}px, content ${before.inner}px`);
  await page.addScriptTag({ url: 'iframe-host.js', type: 'module' });
  const g = await settle(page, async () => { const v = await frameGap(page); return { ...v, ok: Math.abs(v.inner - v.outer) <= 3 }; });
  assert.ok(g.ok, `after the host started: iframe ${g.outer}px, content ${g.inner}px`);
  await page.context().close();
});

test('the points\' words come after the charts: asked for once they draw; a key pressed before they arrive, or while they fail, is answered when they do', async () => {
  const page = await env.page({ width: 1000 });
  let release;
  const held = new Promise((ok) => { release = ok; });
  let fail = true;
  const asked = [];
  // What the page had drawn when the words were first asked for.
  await page.exposeFunction('__asked', (drawn) => asked.push(drawn));
  await page.addInitScript(() => new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => e.name.includes('/described-en.js'))) {
      window.__asked([...document.querySelectorAll('pk-it-exports')].map((e) => Number(e.shadowRoot?.querySelector('figure')?.dataset.renders) || 0));
    }
  }).observe({ type: 'resource' }));
  await page.route('**/pkg/described-en.js*', async (route) => {
    if (fail) return route.abort();
    await held;
    await route.continue();
  });
  await page.route('**/described.html', (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': STRICT_CSP },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>described</title>
      <link rel="preload" href="pkg/pk_it_exports_lite_bg.wasm" as="fetch" type="application/wasm" crossorigin>
      <script type="module" src="embed.js"></script></head>
      <body><pk-it-exports id="a" chart="annual"></pk-it-exports><pk-it-exports id="m" chart="monthly"></pk-it-exports></body></html>`,
  }));
  await page.goto(`${env.url}/described.html`);
  await ready(page, 2);
  await page.waitForFunction(() => document.getElementById('a').shadowRoot.querySelector('[id$=-desc]') !== null);
  assert.ok(asked.length >= 1, 'asked for');
  assert.ok(asked[0].some((n) => n > 0), `asked for only once a chart had drawn: ${asked[0]}`);
  const frame = await page.evaluateHandle(() => document.getElementById('a').shadowRoot.querySelector('.frame'));
  const state = () => page.$eval('#a', (e) => {
    const root = e.shadowRoot;
    return {
      selected: root.querySelector('figure').dataset.selected,
      tip: root.querySelector('.tooltip').hidden ? null : root.querySelector('.tooltip').textContent.replace(/\u2060/g, ''),
      live: root.querySelector('[aria-live]').textContent,
      description: root.querySelector('[id$=-desc]').textContent,
    };
  });
  // Failed: the chart still draws and takes keys; its point has no words yet.
  await frame.evaluate((f) => f.focus());
  await page.keyboard.press('End');
  let now = await state();
  assert.equal(now.tip, null);
  assert.equal(now.description, '');
  // Held: a key pressed now is answered when they arrive.
  fail = false;
  await page.keyboard.press('Home');
  await page.waitForTimeout(300);
  now = await state();
  assert.equal(now.tip, null, 'no tooltip without its words');
  release();
  await page.waitForFunction(() => !document.getElementById('a').shadowRoot.querySelector('.tooltip').hidden);
  now = await state();
  assert.equal(now.selected, '0');
  assert.match(now.tip, /ICT services, FY2015-16\$789m/);
  assert.match(now.live, /\$789m/, 'announced');
  await page.waitForFunction(() => document.getElementById('m').shadowRoot.querySelector('[id$=-desc]').textContent !== '');
  assert.match((await state()).description, /ICT/);
  // Failed loads leave only the network's own console line.
  assert.deepEqual(page.errors.filter((e) => !/Failed to load resource|described-en/.test(e)), []);
  await page.context().close();
});

test('every point of every chart and choice reads in a tooltip as the full build words it, at its place', async () => {
  const page = await env.page({ width: 700 });
  const charts = ['annual', 'growth', 'compared', 'monthly', 'targets'].map((c) => `<pk-it-exports chart="${c}"></pk-it-exports>`)
    .concat(['<pk-it-exports chart="monthly" cumulative="true"></pk-it-exports>', '<pk-it-exports chart="targets" target-reading="cumulative"></pk-it-exports>',
      '<pk-it-exports chart="growth" show-title="false"></pk-it-exports>']);
  await page.route('**/points.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>points</title><script type="module" src="embed.js"></script></head><body>${charts.join('')}</body></html>`,
  }));
  await page.goto(`${env.url}/points.html`);
  await ready(page, charts.length);
  assert.deepEqual(await pointsDisagree(page), []);
  // The takeaway is read once: as the text above a chart that shows it, in
  // the chart's description where it is hidden (show-title="false").
  const heard = await page.$$eval('pk-it-exports[chart=growth]', (els) => els.map((e) => {
    const root = e.shadowRoot;
    return { takeaway: root.querySelector('[data-text=takeaway]').textContent.replace(/\u2060/g, ''), description: root.querySelector('[id$=-desc]').textContent };
  }));
  assert.ok(heard[0].takeaway.length > 100 && heard[0].takeaway === heard[1].takeaway, heard[0].takeaway);
  assert.ok(!heard[0].description.includes(heard[0].takeaway), heard[0].description);
  assert.ok(heard[1].description.endsWith(` ${heard[1].takeaway}`), heard[1].description);
  await page.context().close();
});

test('words that fail to load are asked for again by themselves, a few times, not at every key', async () => {
  const page = await env.page({ width: 1000 });
  let failures = 2;
  const asked = [];
  await page.route('**/pkg/described-en.js*', (route) => {
    asked.push(route.request().url());
    return failures-- > 0 ? route.abort() : route.continue();
  });
  await page.route('**/retry.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>retry</title><script type="module" src="embed.js"></script></head>
      <body><pk-it-exports id="a" chart="annual"></pk-it-exports><pk-it-exports id="g" chart="growth"></pk-it-exports></body></html>`,
  }));
  await page.goto(`${env.url}/retry.html`);
  await ready(page, 2);
  // Two failures, and no reader doing anything: the descriptions still come.
  await page.waitForFunction(() => ['a', 'g'].every((id) => document.getElementById(id).shadowRoot.querySelector('[id$=-desc]').textContent !== ''), null, { timeout: 15000 });
  assert.equal(asked.length, 3, asked.join(' '));
  await page.context().close();

  // A host without the file: keys and a hover sweep ask for it no more
  // than the few retries do.
  const missing = await env.page({ width: 1000 });
  let requests = 0;
  await missing.route('**/pkg/described-en.js*', (route) => { requests += 1; return route.fulfill({ status: 404, body: 'not found' }); });
  await missing.route('**/retry.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>missing</title><script type="module" src="embed.js"></script></head><body><pk-it-exports id="a" chart="annual"></pk-it-exports></body></html>',
  }));
  await missing.goto(`${env.url}/retry.html`);
  await ready(missing, 1);
  await missing.$eval('#a', (e) => e.shadowRoot.querySelector('.frame').focus());
  for (let i = 0; i < 15; i += 1) await missing.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
  const box = await (await missing.$('#a')).boundingBox();
  for (let x = box.x; x < box.x + box.width; x += 20) await missing.mouse.move(x, box.y + box.height / 2);
  assert.ok(requests <= 3, `${requests} requests in the first seconds`);
  // Still a chart that takes keys: the point is selected and highlighted.
  assert.notEqual(await missing.$eval('#a', (e) => e.shadowRoot.querySelector('figure').dataset.selected), undefined);
  assert.deepEqual(missing.errors.filter((e) => !/Failed to load resource|described-en/.test(e)), []);
  await missing.context().close();
});

// A reader with a mouse, a phone, a keyboard or a screen reader gets the
// same numbers: tooltips, taps, arrow keys with a live region, an axe audit,
// and the CSV and PNG downloads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, OUT, STRICT_CSP, withLayout } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

// Drawn, and the points' words in (fetched after the draw, js/described.js).
const drawn = async (page) => {
  await page.waitForFunction(
    () => [...document.querySelectorAll('figure.chart')].every((f) => Number(f.dataset.renders) > 0), null, { timeout: 15000 });
  await page.$$eval('figure.chart', (fs) => Promise.all(fs.map((f) => f.chart.described())));
};

/** Page coordinates of the centre of the mark with `value` in `chart`. */
async function markCentre(page, chart, value) {
  const fig = await page.$(`figure[data-chart=${chart}]`);
  const { index, rect } = await fig.evaluate(async (f, v) => {
    const { marks } = await window.__pkLayout(f);
    const i = marks.findIndex((m) => m.value === v);
    return { index: i, rect: marks[i].rect };
  }, value);
  const box = await (await fig.$('canvas')).boundingBox();
  return { fig, index, x: box.x + (rect.x0 + rect.x1) / 2, y: box.y + (rect.y0 + rect.y1) / 2 };
}

for (const ratio of [1, 2]) {
  test(`hovering a bar shows its exact value (ratio ${ratio})`, async () => {
    const page = await env.page({ width: 1000, deviceScaleFactor: ratio });
    await page.goto(`${env.url}/`);
    await drawn(page);
    const { fig, index, x, y } = await markCentre(page, 'annual', 3810);
    await page.mouse.move(x, y);
    await page.waitForFunction((f) => f.dataset.selected !== '' && f.dataset.selected !== undefined, fig);
    assert.equal(await fig.evaluate((f) => Number(f.dataset.selected)), index, 'the bar under the pointer');
    const tip = await fig.$eval('.tooltip', (t) => ({ hidden: t.hidden, text: t.textContent.replace(/\u2060/g, '') }));
    assert.equal(tip.hidden, false);
    assert.match(tip.text, /ICT services, FY2024-25/);
    assert.match(tip.text, /\$3,810m/);
    assert.match(tip.text, /\+18\.2% on FY2023-24/);
    assert.match(tip.text, /Source: Business Recorder/);
    assert.match(tip.text, /telecommunication, computer and information services/);
    // A narrow bar beside it picks the narrow series, not ICT.
    const narrow = await markCentre(page, 'annual', 1230);
    await page.mouse.move(narrow.x, narrow.y);
    await page.waitForFunction(([f, i]) => Number(f.dataset.selected) === i, [fig, narrow.index]);
    assert.match(await fig.$eval('.tooltip', (t) => t.textContent.replace(/\u2060/g, '')), /IT & ITeS \(narrow\), FY2019-20\$1,230m/);
    // The pointer can move onto the tooltip where no mark is near, and it
    // stays, to be read (WCAG 1.4.13, hoverable).
    const free = await fig.evaluate(async (f) => {
      const { marks } = await window.__pkLayout(f);
      const c = f.querySelector('canvas').getBoundingClientRect();
      const t = f.querySelector('.tooltip').getBoundingClientRect();
      const near = (x, y) => marks.some(({ rect: r }) => Math.max(r.x0 - x, 0, x - r.x1) ** 2 + Math.max(r.y0 - y, 0, y - r.y1) ** 2 <= 30 * 30);
      for (let y = t.top + 2; y < t.bottom - 2; y += 2) {
        for (let x = t.left + 2; x < t.right - 2; x += 2) if (!near(x - c.left, y - c.top)) return [x, y];
      }
      return null;
    });
    assert.ok(free, 'a spot of the tooltip away from every mark');
    await page.mouse.move(...free);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await fig.evaluate((f) => Number(f.dataset.selected)), narrow.index, 'kept on the tooltip');
    assert.equal(await fig.$eval('.tooltip', (t) => t.hidden), false);
    // Escape closes it with the focus anywhere (dismissible), and it stays
    // closed while the pointer rests on that mark.
    await page.mouse.move(narrow.x, narrow.y);
    await page.keyboard.press('Escape');
    await page.waitForFunction((f) => f.querySelector('.tooltip').hidden, fig);
    await page.mouse.move(narrow.x + 1, narrow.y + 1);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await fig.$eval('.tooltip', (t) => t.hidden), true, 'stays dismissed on the same mark');
    await page.mouse.move(x, y);
    await page.waitForFunction(([f, i]) => Number(f.dataset.selected) === i, [fig, index]);
    if (ratio === 2) await fig.screenshot({ path: `${OUT}/tooltip-annual-dpr2.png` });
    // With the focus on the chart (a click gives it), its own Escape closes
    // a hovered tooltip the same way: closed while the pointer rests.
    await page.mouse.click(x, y);
    await page.keyboard.press('Escape');
    await page.waitForFunction((f) => f.querySelector('.tooltip').hidden, fig);
    await page.mouse.move(x + 1, y + 1);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await fig.$eval('.tooltip', (t) => t.hidden), true, 'stays dismissed with the chart focused');
    // Leaving the chart hides it.
    await page.mouse.move(5, 5);
    await page.waitForFunction((f) => f.querySelector('.tooltip').hidden, fig);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

/** The monthly chart, scrolled into view, and its marks' centres in the viewport. */
async function monthlyCentres(page) {
  const fig = await page.$('figure[data-chart=monthly]');
  await fig.scrollIntoViewIfNeeded();
  const points = await fig.evaluate(async (f) => {
    const { marks } = await window.__pkLayout(f);
    const c = f.querySelector('canvas').getBoundingClientRect();
    return marks.map(({ rect: r }) => [c.left + (r.x0 + r.x1) / 2, c.top + (r.y0 + r.y1) / 2]);
  });
  return { fig, points };
}

test('under a CSS zoom or scale around the chart, the pointer picks the mark under it and the canvas is as sharp as the screen', async () => {
  // From a helper's sweep: under `zoom: 1.5` a pointer on one bar picked
  // another a third further along, and the canvas was stretched 1.5 times.
  for (const [what, apply] of [['zoom', 'zoom: 1.5'], ['scale', 'transform: scale(0.8); transform-origin: 0 0']]) {
    const page = await env.page({ width: 1000 });
    await page.addInitScript((css) => document.addEventListener('DOMContentLoaded', () => { document.body.style.cssText += css; }), apply);
    await page.goto(`${env.url}/`);
    await drawn(page);
    const fig = await page.$('figure[data-chart=annual]');
    await fig.evaluate((f) => f.scrollIntoView({ block: 'center' }));
    // Settled: a zoom changes the box, which draws again.
    await page.waitForTimeout(300);
    const { marks, shown, store } = await fig.evaluate(async (f) => {
      const c = f.querySelector('canvas');
      const r = c.getBoundingClientRect();
      return { marks: (await window.__pkLayout(f)).marks, shown: [r.left, r.top, r.width / c.offsetWidth, r.width], store: c.width };
    });
    const [left, top, k, width] = shown;
    if (what === 'zoom') {
      assert.ok(Math.abs(k - 1.5) < 0.01, `shown at ${k}`);
      assert.ok(Math.abs(store - width) <= 1, `a store of ${store} px for ${width} px on screen`);
    }
    for (const i of [0, Math.floor(marks.length / 2), marks.length - 1]) {
      const m = marks[i].rect;
      await page.mouse.move(left + ((m.x0 + m.x1) / 2) * k, top + ((m.y0 + m.y1) / 2) * k);
      await page.waitForFunction(([f, n]) => f.dataset.selected === String(n), [fig, i], { timeout: 3000 })
        .catch(() => {});
      assert.equal(await fig.evaluate((f) => f.dataset.selected), String(i), `${what}: mark ${i} under the pointer`);
      // Its tooltip beside it, not over it, inside the window.
      const [t, vw, vh] = await fig.$eval('.tooltip', (e) => [e.getBoundingClientRect().toJSON(), innerWidth, innerHeight]);
      const mx0 = left + m.x0 * k;
      const mx1 = left + m.x1 * k;
      const my0 = top + m.y0 * k;
      const my1 = top + m.y1 * k;
      const cover = Math.max(0, Math.min(t.right, mx1) - Math.max(t.left, mx0)) * Math.max(0, Math.min(t.bottom, my1) - Math.max(t.top, my0));
      assert.ok(cover < (mx1 - mx0) * (my1 - my0) * 0.5, `${what}: the tooltip of mark ${i} covers it`);
      assert.ok(t.left >= 0 && t.right <= vw && t.top >= 0 && t.bottom <= vh, `${what}: the tooltip of mark ${i} leaves the window`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
  // A widget given a height fills it under a zoom too: the words' heights,
  // read on screen, are taken back to layout pixels before the chart gets
  // what they leave (else 1.5 times too much was taken, and a blank band
  // left under the chart).
  const page = await env.page({ width: 1000 });
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => { document.body.style.zoom = '1.5'; }));
  await page.goto(`${env.url}/example-article.html`);
  await page.evaluate(() => { document.querySelector('main').innerHTML = '<pk-it-exports id="w" chart="annual" height="640"></pk-it-exports>'; });
  await page.waitForFunction(() => document.getElementById('w').dataset.state === 'ready');
  await page.waitForTimeout(300);
  const fill = await page.$eval('#w', (e) => {
    const w = e.shadowRoot.querySelector('.widget');
    const style = getComputedStyle(w);
    const inside = w.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    return { height: w.offsetHeight, blank: inside - e.shadowRoot.querySelector('.inner').offsetHeight };
  });
  assert.equal(fill.height, 640);
  assert.ok(fill.blank < 2, `${fill.blank} px left blank under the chart`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
  // No zoom, a box of a fractional width (343.5 px, whose offsetWidth
  // reads 344): no scale is read into it, and the store is the screen's
  // ratio times the width drawn (it was a pixel short at a ratio of 3 when
  // the rounding was taken for a zoom).
  const phone = await env.page({ width: 360, deviceScaleFactor: 3 });
  await phone.goto(`${env.url}/example-article.html`);
  await phone.evaluate(() => { document.querySelector('main').innerHTML = '<div style="width: 343.5px"><pk-it-exports id="w" chart="annual"></pk-it-exports></div>'; });
  await phone.waitForFunction(() => document.getElementById('w').dataset.state === 'ready');
  const [store, drawnWidth] = await phone.$eval('#w', (e) => [e.shadowRoot.querySelector('canvas').width, Number(e.shadowRoot.querySelector('figure').dataset.width)]);
  assert.equal(store, drawnWidth * 3);
  await phone.context().close();
});

test('a tooltip never keeps the pointer or a tap from the points beside it', async () => {
  const page = await env.page({ width: 1000 });
  await page.goto(`${env.url}/`);
  await drawn(page);
  const { fig, points } = await monthlyCentres(page);
  assert.ok(points.length >= 20);
  // Along the line, point to point, as a reader scrubs: each one's tooltip
  // (the one before it lies over the next; it let no pointer through).
  for (const [i, [x, y]] of points.entries()) {
    await page.mouse.move(x, y, { steps: 4 });
    await page.waitForFunction(([f, n]) => Number(f.dataset.selected) === n, [fig, i], { timeout: 2000 })
      .catch(() => assert.fail(`point ${i} not reached from the one before`));
  }
  await page.context().close();
  // And a tap on a point under an open tooltip picks it.
  const context = await env.browser.newContext({ viewport: { width: 390, height: 800 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true });
  await withLayout(context);
  const phone = await context.newPage();
  await phone.goto(`${env.url}/`);
  await drawn(phone);
  const { fig: small, points: marks } = await monthlyCentres(phone);
  await phone.touchscreen.tap(...marks[0]);
  await phone.waitForFunction((f) => Number(f.dataset.selected) === 0, small);
  const covered = await small.evaluate((f, ms) => {
    const t = f.querySelector('.tooltip').getBoundingClientRect();
    return ms.findIndex(([x, y], i) => i > 0 && x > t.left && x < t.right && y > t.top && y < t.bottom);
  }, marks);
  assert.ok(covered > 0, 'a point under the open tooltip');
  await phone.touchscreen.tap(...marks[covered]);
  await phone.waitForFunction(([f, n]) => Number(f.dataset.selected) === n, [small, covered]);
  await context.close();
});

test('tapping shows the tooltip; tapping elsewhere hides it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 800 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  await withLayout(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.url}/`);
  await drawn(page);
  const { fig, index, x, y } = await markCentre(page, 'monthly', 348);
  await page.evaluate(([cx, cy]) => window.scrollTo(0, cy - 300), [x, y]);
  const again = await markCentre(page, 'monthly', 348);
  await page.touchscreen.tap(again.x, again.y);
  await page.waitForFunction(([f, i]) => Number(f.dataset.selected) === i, [fig, index]);
  const text = await fig.$eval('.tooltip', (t) => (t.hidden ? null : t.textContent.replace(/\u2060/g, '')));
  assert.match(text, /FY2024-25, Dec 2024\$348m/);
  await fig.screenshot({ path: `${OUT}/tooltip-monthly-touch-390.png` });
  const heading = await (await page.$('h1')).boundingBox();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.touchscreen.tap(heading.x + 10, heading.y + 10);
  await page.waitForFunction((f) => f.querySelector('.tooltip').hidden, fig);
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: Tab focuses the chart, arrows walk the points, the live region reads them', async () => {
  const page = await env.page({ width: 1000 });
  await page.goto(`${env.url}/`);
  await drawn(page);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement.closest('figure')?.dataset.chart);
  assert.equal(focused, 'annual', 'the first chart takes focus');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid', 'visible focus ring');
  const live = () => page.$eval('figure[data-chart=annual] [aria-live]', (l) => l.textContent);
  await page.keyboard.press('ArrowRight');
  assert.equal(await live(), 'ICT services, FY2015-16: $789m. Source: TVI.');
  await page.keyboard.press('ArrowRight');
  assert.match(await live(), /^ICT services, FY2016-17: \$939m, \+19\.0% on FY2015-16\./);
  await page.keyboard.press('ArrowRight');
  assert.match(await live(), /^IT & ITeS \(narrow\), FY2016-17: \$655m/);
  // The last point is the running year so far, which cites the months it adds.
  await page.keyboard.press('End');
  assert.match(await live(), /^ICT services, Jul–Feb FY2025-26: \$2,975m\. Source: sum of the months \(Business Recorder, PhoneWorld, /);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.match(await live(), /^ICT services, FY2024-25: \$3,810m, \+18\.2% on FY2023-24\. Source: Business Recorder\.$/);
  await page.keyboard.press('Home');
  assert.match(await live(), /FY2015-16/);
  await page.evaluate(() => document.addEventListener('keydown', (e) => { window.escapeTaken = e.defaultPrevented; }));
  await page.keyboard.press('Escape');
  assert.equal(await page.$eval('figure[data-chart=annual] .tooltip', (t) => t.hidden), true);
  assert.equal(await page.evaluate(() => window.escapeTaken), true, 'Escape closed the details');
  // With nothing open, Escape is the page's: a <dialog> around the widget closes.
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => window.escapeTaken), false, 'a second Escape is left to the page');
  // Focus stays on the chart: the arrows go on from where they were.
  assert.equal(await page.evaluate(() => document.activeElement?.closest('figure')?.dataset.chart), 'annual');
  // The canvas is an image with a description generated from the data.
  const desc = await (await page.waitForFunction(() => {
    const c = document.querySelector('figure[data-chart=annual] canvas');
    return document.getElementById(c.getAttribute('aria-describedby')).textContent;
  })).jsonValue();
  assert.match(desc, /from \$789m \(FY2015-16\) to \$3,810m \(FY2024-25\)/);
  assert.match(desc, /Fastest growth was \+46\.4% in FY2020-21; slowest −1\.0% in FY2022-23\./);
  // The takeaway above the chart is not read a second time in its description.
  assert.match(await page.textContent('figure[data-chart=annual] [data-text=takeaway], section:has(figure[data-chart=annual]) [data-text=takeaway]'), /grew from \$789m/);
  assert.doesNotMatch(desc, /grew from \$789m/);
  // The description element is hidden (no layout or text shaping before
  // the first draw), and assistive technology still gets it: the browser's
  // accessibility tree carries it as the canvas image's description.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const image = nodes.find((n) => n.role?.value === 'image' && n.name?.value === 'ICT export remittances by fiscal year');
  assert.ok(image, 'the annual chart is an image named by its title');
  assert.match(String(image.description?.value), /from \$789m \(FY2015-16\) to \$3,810m \(FY2024-25\)/);
  // The open table is named by the chart's title, and every widget's buttons are told apart by their description.
  await page.click('figure[data-chart=annual] summary');
  await page.waitForFunction(() => document.querySelector('figure[data-chart=annual] table tbody tr'));
  const tree = (await cdp.send('Accessibility.getFullAXTree')).nodes;
  const named = (role) => tree.filter((n) => n.role?.value === role && n.name?.value === 'ICT export remittances by fiscal year');
  assert.equal(named('table').length, 1, 'the table is named by its chart');
  const csv = tree.filter((n) => n.role?.value === 'button' && n.name?.value === 'Download data (CSV)');
  assert.equal(csv.length, 5);
  assert.equal(new Set(csv.map((n) => n.description?.value)).size, 5, 'five CSV buttons, each described by its chart');
  // So are the tables' switches; and the scroll box the keyboard focuses
  // is a group of the chart's name (it was a nameless, focusable div).
  const switches = tree.filter((n) => n.role?.value === 'DisclosureTriangle' && n.name?.value === 'Show the data table');
  assert.equal(new Set(switches.map((n) => n.description?.value)).size, 5, 'five table switches, each described by its chart');
  assert.equal(named('group').length, 2, 'the chart and its table box, both groups of its name');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('keyboard: a point selected off screen in a tall chart is scrolled into view, its tooltip beside it', async () => {
  const page = await env.page({ width: 360, height: 640 });
  await page.goto(`${env.url}/`);
  await drawn(page);
  const fig = await page.$('figure[data-chart=compared]');
  // The comparisons chart is taller than a phone's screen.
  assert.ok(Number(await fig.evaluate((f) => f.dataset.height)) > 640);
  await fig.evaluate((f) => f.querySelector('.frame').focus());
  const seen = async () => fig.evaluate(async (f) => {
    const { marks } = await window.__pkLayout(f);
    const { rect } = marks[Number(f.dataset.selected)];
    const box = f.querySelector('canvas').getBoundingClientRect();
    const tip = f.querySelector('.tooltip').getBoundingClientRect();
    return { top: box.top + rect.y0, bottom: box.top + rect.y1, tipTop: tip.top, tipBottom: tip.bottom, height: innerHeight };
  });
  for (const key of ['End', 'Home', 'End']) {
    await page.keyboard.press(key);
    const m = await seen();
    assert.ok(m.top >= 0 && m.bottom <= m.height, `${key}: the mark (${m.top}-${m.bottom}) is in the ${m.height} px viewport`);
    assert.ok(m.tipTop >= 0 && m.tipBottom <= m.height, `${key}: the tooltip is on screen`);
    // Next to its mark: within a tooltip's height of it, not pinned to the screen's edge far away.
    assert.ok(Math.min(Math.abs(m.tipBottom - m.top), Math.abs(m.tipTop - m.bottom)) < 40, `${key}: the tooltip (${m.tipTop}-${m.tipBottom}) sits by its mark (${m.top}-${m.bottom})`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

async function audit(page) {
  await page.evaluate(await readFile('node_modules/axe-core/axe.min.js', 'utf8'));
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join('; ')})`);
  });
}

test('axe finds no violations on the main page (light and dark), the example article or the iframe page', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await env.page({ width: 1000, colorScheme });
    await page.goto(`${env.url}/`);
    await drawn(page);
    // Open one data table so its markup is audited too.
    await page.click('figure[data-chart=annual] summary');
    assert.deepEqual(await audit(page), [], `main page, ${colorScheme}`);
    await page.context().close();
  }
  const strict = await start({ headers: { 'Content-Security-Policy': STRICT_CSP } });
  try {
    const page = await strict.page({ width: 1000 });
    await page.goto(`${strict.url}/example-article.html`);
    await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state === 'ready'));
    assert.deepEqual(await audit(page), [], 'example article');
    await page.context().close();
    // The iframe's own page: a main landmark and a level-one heading.
    for (const chart of ['annual', 'monthly']) {
      const frame = await strict.page({ width: 600, colorScheme: 'dark' });
      await frame.goto(`${strict.url}/embed.html?chart=${chart}&theme=auto&height=520`);
      await frame.waitForFunction(() => document.querySelector('pk-it-exports')?.dataset.state === 'ready');
      assert.deepEqual(await audit(frame), [], `embed.html?chart=${chart}`);
      assert.equal(await frame.$eval('h1', (h) => h.textContent), await frame.$eval('pk-it-exports', (e) => e.shadowRoot.querySelector('.title').textContent), 'the heading names the chart');
      await frame.context().close();
    }
  } finally {
    await strict.stop();
  }
});

test('the CSV has the rows of the chart, with units, definitions and sources; the PNG is twice the size', async () => {
  const page = await env.page({ width: 1000 });
  const wasms = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasms.push(r.url().split('/').pop()); });
  await page.goto(`${env.url}/`);
  await drawn(page);
  // The first-draw build writes no downloads: the first click loads the full build.
  assert.deepEqual(wasms, ['pk_it_exports_lite_bg.wasm']);
  const fig = await page.$('figure[data-chart=annual]');
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), fig.$eval('.chart-tools button', (b) => b.click())]);
  assert.deepEqual(wasms, ['pk_it_exports_lite_bg.wasm', 'pk_it_exports_bg.wasm']);
  assert.equal(csvDownload.suggestedFilename(), 'pakistan-it-exports-annual.csv');
  const file = await readFile(await csvDownload.path(), 'utf8');
  // UTF-8's byte order mark first, by which Excel reads the file as UTF-8
  // (without it, its en dashes and the Urdu file's words came out garbled).
  assert.equal(file[0], '\ufeff');
  const csv = file.slice(1);
  const lines = csv.trim().split('\r\n');
  assert.equal(lines[0], 'series,period,value,unit,derived,definition,source,figures_to');
  const ict = { 'FY2015-16': 788.64, 'FY2016-17': 938.64, 'FY2017-18': 1067, 'FY2018-19': 1192, 'FY2019-20': 1440, 'FY2020-21': 2108, 'FY2021-22': 2619, 'FY2022-23': 2593, 'FY2023-24': 3223, 'FY2024-25': 3810,
    // The running year so far, beside the same months of the year before (summed from months).
    'Jul–Feb FY2024-25': 2482, 'Jul–Feb FY2025-26': 2975 };
  const narrow = { 'FY2016-17': 655, 'FY2017-18': 834, 'FY2018-19': 994.848, 'FY2019-20': 1230 };
  const rows = lines.slice(1).map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')));
  assert.equal(rows.length, 16);
  for (const [series, period, value, unit, , definition, source, figuresTo] of rows) {
    assert.equal(figuresTo, '2026-02', 'how far the figures go');
    const expected = series === 'ICT services' ? ict[period] : narrow[period];
    assert.equal(Number(value), expected, `${series} ${period}`);
    assert.equal(unit, 'US$ million');
    assert.ok(definition.length > 20 && source.length > 2, `${series} ${period} has a definition and source`);
  }

  const width = await fig.evaluate((f) => Number(f.dataset.width));
  const chartHeight = await fig.$eval('canvas', (c) => c.getBoundingClientRect().height);
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), fig.$$eval('.chart-tools button', (b) => b[1].click())]);
  assert.equal(pngDownload.suggestedFilename(), 'pakistan-it-exports-annual.png');
  const png = await readFile(await pngDownload.path());
  assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
  assert.equal(png.subarray(12, 16).toString('ascii'), 'IHDR');
  const w = png.readUInt32BE(16);
  const h = png.readUInt32BE(20);
  assert.equal(w, width * 2, 'twice the display width');
  assert.ok(h > chartHeight * 2 + 60, `twice the height, plus title and source (${h})`);
  const { writeFile } = await import('node:fs/promises');
  await writeFile(`${OUT}/export-annual.png`, png);
  assert.equal(wasms.length, 2, 'the full build is loaded once');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

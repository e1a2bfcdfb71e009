// Custom data, bad input, injection and faults in the browser: a rejected
// dataset or a failing URL shows its reason in that widget only, the
// built-in figures stay usable, nothing from data becomes HTML, and odd
// canvases (removed, hidden, 50 of them) never throw.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, OUT } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const SOURCE = { id: 'sbp', outlet: 'State Bank of Pakistan', date: '2025-08-18', reference: 'sbp.org.pk' };
const months = (fy, values) => values.map((v, i) => {
  const m = ((i + 6) % 12) + 1;
  const y = m >= 7 ? fy : fy + 1;
  return { measure: 'ict', period: `${y}-${String(m).padStart(2, '0')}`, value: v, source: 'sbp' };
});
/** GOOD with the running year's two months lower: other words. */
const other = () => {
  const data = structuredClone(GOOD);
  data.records[12].value = 254;
  data.records[13].value = 236;
  return data;
};
const GOOD = {
  sources: [SOURCE],
  records: [
    ...months(2024, [286, 298, 292, 330, 310, 348, 313, 305, 342, 317, 330, 338]),
    ...months(2025, [354, 336]),
    { measure: 'ict', period: 'FY2024-25', value: 3810, source: 'sbp' },
  ],
};
const OTHER = other();

/** A page with the given widgets' HTML, built by script (no inline markup needed). */
async function pageWith(html, opts = {}) {
  const page = await env.page({ width: 900, ...opts });
  page.dialogs = [];
  page.on('dialog', (d) => { page.dialogs.push(d.message()); d.dismiss(); });
  await page.goto(`${env.url}/example-article.html`);
  await page.evaluate((h) => {
    document.querySelector('main').innerHTML = h; // test fixture markup, not data
  }, html);
  return page;
}
const json = (obj) => `<script type="application/json">${JSON.stringify(obj)}</script>`;
const states = (page) => page.$$eval('pk-it-exports', (els) => els.map((e) => e.dataset.state));
// Without the word joiners and no-break spaces that keep "FY2024-25" and
// "ICT services" on one line.
const notice = (page, sel) => page.$eval(sel, (e) => { const n = e.shadowRoot.querySelector('.notice'); return n.hidden ? '' : n.textContent.replace(/\u2060/g, '').replace(/\u00a0/g, ' '); });

test('inline custom data is charted; figures it does not draw are listed', async () => {
  const page = await pageWith(`<pk-it-exports id="m" chart="monthly">${json(GOOD)}</pk-it-exports>`);
  await page.waitForFunction(() => document.getElementById('m').dataset.state === 'ready');
  await page.waitForFunction(() => Number(document.getElementById('m').shadowRoot.querySelector('figure').dataset.renders) > 0);
  const title = await page.$eval('#m', (e) => e.shadowRoot.querySelector('.takeaway').textContent.replace(/\u2060/g, ''));
  assert.match(title, /FY2025-26 was above FY2024-25 in both months reported so far/);
  assert.match(await notice(page, '#m'), /draws 14 of the 15 figures given; not drawn: ICT services FY2024-25/);
  assert.match(await page.$eval('#m', (e) => e.shadowRoot.querySelector('.notice').textContent), /FY2024-\u206025/, 'unbroken at its hyphen');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('built-in charts load only the first-draw build; setData, or a widget given its own data, loads the build that reads it', async () => {
  const page = await env.page({ width: 900 });
  const wasm = [];
  // The article's own requests (its iframe widget loads in a document of its own).
  page.on('request', (r) => { if (r.frame() === page.mainFrame() && /\.wasm$|\/pkg\/pk_it_exports\.js$/.test(r.url())) wasm.push(r.url().replace(/.*\//, '')); });
  await page.goto(`${env.url}/example-article.html`);
  await page.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<pk-it-exports id="p" chart="monthly"></pk-it-exports>'));
  await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state === 'ready'));
  assert.deepEqual(wasm, ['pk_it_exports_lite_bg.wasm'], 'an article of built-in charts');
  // A built-in widget given data from JavaScript fetches the full build and charts it.
  const report = await page.$eval('#p', async (e, data) => { await e.setData(data); return e.chart.chart.dataReport(); }, GOOD);
  assert.equal(report.records, 15);
  assert.match(report.message, /draws 14 of the 15 figures given/);
  const full = () => wasm.filter((u) => !u.includes('lite')).sort();
  assert.deepEqual(full(), ['pk_it_exports.js', 'pk_it_exports_bg.wasm']);
  // Widgets that bring data use it too: fetched once for the page.
  await page.evaluate((h) => document.querySelector('main').insertAdjacentHTML('beforeend', h),
    `<pk-it-exports id="m" chart="monthly">${json(GOOD)}</pk-it-exports><pk-it-exports id="n" chart="annual">${json(GOOD)}</pk-it-exports>`);
  await page.waitForFunction(() => ['m', 'n'].every((id) => document.getElementById(id).dataset.state !== 'loading'));
  assert.match(await notice(page, '#m'), /draws 14 of the 15 figures given/);
  assert.deepEqual(full(), ['pk_it_exports.js', 'pk_it_exports_bg.wasm'], 'fetched once for the page');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a rejected dataset says why, raises an Error, and leaves the built-in chart and other widgets working', async () => {
  const bad = structuredClone(GOOD);
  bad.records[1].value = -5;
  const page = await env.page({ width: 900 });
  await page.goto(`${env.url}/example-article.html`);
  // The listener goes on in the same turn the element is made, before it loads.
  const raised = await page.evaluate((h) => new Promise((ok) => {
    document.querySelector('main').innerHTML = h;
    document.getElementById('bad').addEventListener('error', (e) => ok(e.error instanceof Error ? e.error.message : 'not an Error'));
  }), `<pk-it-exports id="bad" chart="annual">${json(bad)}</pk-it-exports><pk-it-exports id="ok" chart="growth"></pk-it-exports>`);
  assert.equal(raised, 'records[1].value: -5 is negative; remittances cannot be negative');
  await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state === 'ready'));
  assert.match(await notice(page, '#bad'), /^The updated figures were not used \(records\[1\]\.value: -5 is negative; remittances cannot be negative\); the chart shows the built-in figures\.$/);
  assert.equal(await notice(page, '#ok'), '');
  // The JavaScript API rejects with the same Error and changes nothing.
  const thrown = await page.$eval('#ok', async (e) => { try { await e.setData({ sources: [{ id: 's', outlet: 'o', reference: 'r' }], records: [{ measure: 'ict', period: 'FY2024-25', value: '3810', source: 's' }] }); return 'no error'; } catch (err) { return `${err.constructor.name}: ${err.message}`; } });
  assert.equal(thrown, 'Error: records[0].value: "3810" is a string; give the number without quotes');
  assert.deepEqual(await states(page), ['ready', 'ready']);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('data that read well but cannot make the chart are refused as bad data are; two years make a growth chart of one rate, worded and keyed as such', async () => {
  // Two annual figures: enough for the annual and growth charts, not for
  // the monthly chart (months) or the compared one (the articles' pairs).
  const TWO = { sources: [SOURCE], records: [
    { measure: 'ict', period: 'FY2024-25', value: 3810, source: 'sbp' },
    { measure: 'ict', period: 'FY2023-24', value: 3223, source: 'sbp' },
  ] };
  const page = await env.page({ width: 360 });
  await page.goto(`${env.url}/example-article.html`);
  await page.evaluate((h) => { document.querySelector('main').innerHTML = h; },
    ['monthly', 'compared', 'growth'].map((c) => `<pk-it-exports id="${c}" chart="${c}" height="600">${json(TWO)}</pk-it-exports>`).join(''));
  await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state === 'ready'), null, { timeout: 20000 });
  assert.match(await notice(page, '#monthly'), /^The updated figures were not used \(the monthly chart needs monthly ICT figures in two fiscal years\); the chart shows the built-in figures\.$/);
  assert.match(await notice(page, '#compared'), /^The updated figures were not used \(no figure of measure "itItes" for .+ in the dataset\); the chart shows the built-in figures\.$/);
  for (const id of ['monthly', 'compared']) {
    assert.ok(await page.$eval(`#${id}`, async (e) => (await window.__pkLayout(e)).marks.length > 2), `${id}: the built-in figures are charted`);
  }
  // The growth chart: one rate, said once; no keys for series it does not
  // draw; the year before is its base, not a figure "not drawn".
  const growth = await page.$eval('#growth', async (e) => {
    const layout = await window.__pkLayout(e);
    return {
      takeaway: e.shadowRoot.querySelector('.takeaway').textContent.replace(/\u2060/g, ''),
      labels: layout.labels.map((l) => l.text),
      marks: layout.marks.map((m) => m.value),
    };
  });
  assert.equal(growth.takeaway, 'Growth was +18.2% in FY2024-25.');
  assert.ok(growth.labels.includes('ICT, computed'), growth.labels.join(' | '));
  for (const key of ['IT & ITeS (narrow), computed', 'Rate quoted in reports']) assert.ok(!growth.labels.includes(key), `key "${key}" for nothing drawn`);
  assert.equal(growth.marks.length, 1);
  assert.equal(await notice(page, '#growth'), '');
  // Called at once on a new widget, setData waits for its first draw; on
  // one not in the page it says so.
  const early = await page.evaluate(async (data) => {
    const el = document.createElement('pk-it-exports');
    el.setAttribute('chart', 'annual');
    document.querySelector('main').append(el);
    await el.setData(data);
    const detached = document.createElement('pk-it-exports');
    const error = await detached.setData(data).then(() => 'no error', (e) => e.message);
    return { marks: (await window.__pkLayout(el)).marks.map((m) => m.value), error };
  }, TWO);
  assert.deepEqual(early.marks, [3223, 3810]);
  assert.equal(early.error, 'setData: add the widget to the page first');
  // The JavaScript API refuses such data for this chart, and keeps what it showed.
  const thrown = await page.$eval('#monthly', async (e, data) => { try { await e.setData(data); return 'no error'; } catch (err) { return err.message; } }, TWO);
  assert.equal(thrown, 'the monthly chart needs monthly ICT figures in two fiscal years');
  assert.ok(await page.$eval('#monthly', async (e) => (await window.__pkLayout(e)).marks.length > 2));
  await page.screenshot({ path: `${OUT}/data-cannot-make-360.png`, fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the browser API: anything but a canvas is an Error and the chart stays usable; a huge chart draws at a lower ratio, not blank', async () => {
  const page = await pageWith('<pk-it-exports id="a" chart="annual"></pk-it-exports>');
  await page.waitForFunction(() => document.getElementById('a').dataset.state === 'ready');
  const result = await page.$eval('#a', (e) => {
    const { chart } = e.chart;
    const errors = [null, 'canvas', {}, document.createElement('div')].map((bad) => {
      try { chart.render(bad, 640, 400, 1); return 'no error'; } catch (err) { return `${err.constructor.name}: ${err.message}`; }
    });
    // Still whole (not left borrowed by a failed call): it answers, and
    // renders on a real canvas, where its points are.
    const least = chart.minHeight(640);
    const canvas = document.createElement('canvas');
    chart.render(canvas, 8192, 8192, 4);
    const rect = Array.from(chart.rect(0));
    const small = document.createElement('canvas');
    small.width = 64; small.height = 64;
    small.getContext('2d').drawImage(canvas, 0, 0, 64, 64);
    const ink = small.getContext('2d').getImageData(0, 0, 64, 64).data.some((v, i) => i % 4 === 3 && v > 0);
    return { errors, least, rect, backing: [canvas.width, canvas.height], ink };
  });
  for (const e of result.errors) assert.equal(e, 'Error: drawing failed: the canvas has no 2D context');
  assert.ok(result.least >= 100, `least height ${result.least}`);
  assert.ok(result.rect.length === 4 && result.rect[2] > result.rect[0] && result.rect[2] <= 8192, `rect ${result.rect}`);
  assert.ok(result.backing[0] * result.backing[1] <= 4096 * 4096, `backing store ${result.backing}`);
  assert.ok(result.ink, 'the huge chart has ink');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a data URL that answers 404 or never answers: a message, the built-in figures, no unhandled rejection', async () => {
  const page = await env.page({ width: 900 });
  await page.route('**/hangs.json', () => {}); // never answered
  await page.goto(`${env.url}/example-article.html`);
  await page.evaluate(() => {
    document.querySelector('main').innerHTML = '<pk-it-exports id="a" chart="annual" src="missing.json"></pk-it-exports><pk-it-exports id="b" chart="annual" src="hangs.json" src-timeout="800"></pk-it-exports>';
  });
  await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state === 'ready'), null, { timeout: 10000 });
  assert.match(await notice(page, '#a'), /the data at http:\/\/127\.0\.0\.1:\d+\/missing\.json answered 404/);
  assert.match(await notice(page, '#b'), /the data at http:\/\/127\.0\.0\.1:\d+\/hangs\.json did not answer in time/);
  assert.deepEqual(page.errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await page.context().close();
});

test('a widget keeps its data as an app moves it, changes its chart, its address or the object given; a stale answer never replaces a newer one', async () => {
  // Found by a hostile developer's sweep: each of these lost the data, or
  // showed data or an error that was not the widget's latest.
  const page = await pageWith('<pk-it-exports id="w" chart="monthly"></pk-it-exports><pk-it-exports id="n" chart="annual"></pk-it-exports>');
  await page.route('**/slow-bad.json', async (route) => {
    await new Promise((ok) => setTimeout(ok, 1500));
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ sources: [SOURCE], records: [{ measure: 'ict', period: 'FY2024-25', value: -5, source: 'sbp' }] }) });
  });
  await page.route('**/good.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(GOOD) }));
  await page.route('**/null.json', (route) => route.fulfill({ contentType: 'application/json', body: 'null' }));
  await page.route('**/other.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(OTHER) }));
  await page.route('**/slow-good.json', async (route) => {
    await new Promise((ok) => setTimeout(ok, 1500));
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(GOOD) });
  });
  await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state === 'ready'));
  const takeaway = () => page.$eval('#w', (e) => e.shadowRoot.querySelector('.takeaway').textContent.replace(/\u2060/g, ''));
  const ready = () => page.waitForFunction(() => document.getElementById('w').dataset.state === 'ready'
    && Number(document.getElementById('w').shadowRoot.querySelector('figure').dataset.renders) > 0);
  const OURS = /FY2025-26 was above FY2024-25 in both months/;
  // The object given is copied: changed afterwards, it changes nothing.
  // A framework's reactive object (a Proxy, which structuredClone
  // refuses) is taken as well.
  await page.$eval('#w', async (e, data) => {
    await e.setData(new Proxy(data, {}));
    data.records[0].value = -5;
    e.setAttribute('theme', 'dark');
  }, GOOD);
  await ready();
  assert.match(await takeaway(), OURS);
  assert.equal(await notice(page, '#w').then((t) => /not used/.test(t)), false);
  // Moved in the page (a framework reordering it), it keeps the data, and
  // a setData straight after waits for the chart instead of failing.
  const again = await page.$eval('#w', async (e, data) => {
    const parent = e.parentElement;
    e.remove();
    parent.prepend(e);
    try { await e.setData(data); return 'resolved'; } catch (err) { return err.message; }
  }, GOOD);
  assert.equal(again, 'resolved');
  await ready();
  assert.match(await takeaway(), OURS);
  // A chart the data cannot make says so; asked for again, the chart it can make uses it again.
  await page.$eval('#w', (e) => e.setAttribute('chart', 'compared'));
  await page.waitForFunction(() => /not used/.test(document.getElementById('w').shadowRoot.querySelector('.notice').textContent));
  await page.$eval('#w', (e) => e.setAttribute('chart', 'monthly'));
  await ready();
  await page.waitForFunction(() => document.getElementById('w').dataError === null);
  assert.match(await takeaway(), OURS);
  assert.doesNotMatch(await notice(page, '#w'), /not used/);
  // A slow answer from an address given before is not drawn over a newer one's.
  await page.$eval('#w', (e) => { e.setAttribute('src', 'slow-bad.json'); setTimeout(() => e.setAttribute('src', 'good.json'), 50); });
  await page.waitForTimeout(2200);
  await ready();
  assert.match(await takeaway(), OURS);
  assert.equal(await page.$eval('#w', (e) => e.dataError), null);
  // A dataset given to setData is newer than the address's: kept as the
  // element moves (the address was fetched again and drawn), and when the
  // address is taken away (the built-in figures showed, under the old
  // data's report).
  const theirs = await page.$eval('#w', async (e, data) => { await e.setData(data); return e.shadowRoot.querySelector('.takeaway').textContent.replace(/\u2060/g, ''); }, OTHER);
  assert.doesNotMatch(theirs, OURS);
  await page.$eval('#w', (e) => { const parent = e.parentElement; e.remove(); parent.append(e); });
  await page.waitForTimeout(300);
  await ready();
  assert.equal(await takeaway(), theirs);
  await page.$eval('#w', (e) => e.removeAttribute('src'));
  await page.waitForTimeout(300);
  assert.equal(await takeaway(), theirs);
  // An address set just after a setData call is newer than it.
  await page.$eval('#w', (e, data) => { e.setData(data); e.setAttribute('src', 'good.json'); }, OTHER);
  await page.waitForTimeout(500);
  await ready();
  assert.match(await takeaway(), OURS);
  // JSON's null is no dataset: said, not silently the built-in figures.
  await page.$eval('#w', (e) => e.setAttribute('src', 'null.json'));
  await page.waitForFunction(() => /is null/.test(document.getElementById('w').shadowRoot.querySelector('.notice').textContent));
  assert.match(await notice(page, '#w'), /\(dataset: is null, not an object\)/);
  // An address changed while the widget still loads the one before: the
  // later one is drawn.
  await page.evaluate(() => {
    const el = document.createElement('pk-it-exports');
    el.id = 'late';
    el.setAttribute('chart', 'monthly');
    el.setAttribute('src', 'slow-bad.json');
    document.querySelector('main').append(el);
    setTimeout(() => el.setAttribute('src', 'other.json'), 50);
  });
  await page.waitForTimeout(2000);
  await page.waitForFunction(() => document.getElementById('late').dataset.state === 'ready');
  assert.equal(await page.$eval('#late', (e) => e.shadowRoot.querySelector('.takeaway').textContent.replace(/\u2060/g, '')), theirs);
  assert.equal(await page.$eval('#late', (e) => e.dataError), null);
  // A setData pending as the widget leaves the page rejects, as its type says.
  const left = await page.$eval('#n', (e, data) => { const p = e.setData(data).then(() => 'resolved', (err) => err.message); e.remove(); return p; }, GOOD);
  assert.equal(left, 'setData: add the widget to the page first');
  assert.deepEqual(page.errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await page.context().close();
});

test('forced colours (a contrast theme): every chart takes the scheme the forced page makes, whatever its theme', async () => {
  // A theme="dark" chart drew a dark slab in the box forced white (and the
  // focus ring, forced too, all but vanished on it); theme="light" a white
  // one in a box forced black.
  for (const colorScheme of ['light', 'dark']) {
    const page = await env.page({ width: 700 });
    await page.emulateMedia({ forcedColors: 'active', colorScheme });
    await page.goto(`${env.url}/example-article.html`);
    await page.evaluate(() => { document.querySelector('main').innerHTML = '<pk-it-exports chart="growth" theme="dark"></pk-it-exports><pk-it-exports chart="growth" theme="light"></pk-it-exports>'; });
    await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state === 'ready'
      && Number(e.shadowRoot.querySelector('figure').dataset.renders) > 0));
    const seen = await page.$$eval('pk-it-exports', (els) => els.map((e) => {
      const canvas = e.shadowRoot.querySelector('canvas');
      const [r, g, b] = canvas.getContext('2d').getImageData(2, 2, 1, 1).data;
      return { box: e.shadowRoot.querySelector('.widget').dataset.theme, chart: r + g + b > 384 ? 'light' : 'dark' };
    }));
    assert.deepEqual(seen, [{ box: colorScheme, chart: colorScheme }, { box: colorScheme, chart: colorScheme }], colorScheme);
    // And when the reader's scheme changes with the contrast theme on, the
    // charts follow it, whatever their theme (only "auto" redrew).
    const flipped = colorScheme === 'light' ? 'dark' : 'light';
    await page.emulateMedia({ forcedColors: 'active', colorScheme: flipped });
    await page.waitForFunction((want) => [...document.querySelectorAll('pk-it-exports')].every((e) => {
      const [r, g, b] = e.shadowRoot.querySelector('canvas').getContext('2d').getImageData(2, 2, 1, 1).data;
      return (r + g + b > 384 ? 'light' : 'dark') === want;
    }), flipped);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('text from data stays text: a label like <img onerror> shows as written', async () => {
  const evil = '<img src=x onerror=alert(1)>';
  const data = structuredClone(GOOD);
  data.sources[0].outlet = evil;
  data.records[0].note = evil;
  const page = await pageWith(`<pk-it-exports id="m" chart="monthly">${json(data)}</pk-it-exports>`);
  await page.waitForFunction(() => document.getElementById('m').dataset.state === 'ready');
  await page.waitForFunction(() => Number(document.getElementById('m').shadowRoot.querySelector('figure').dataset.renders) > 0);
  // Open the data table and hover the first point: both show the source.
  // (The table is filled once the browser is idle after the draw.)
  await page.waitForFunction(() => document.getElementById('m').shadowRoot.querySelector('table tbody tr'));
  const table = await page.$eval('#m', (e) => e.shadowRoot.querySelector('table').textContent);
  assert.ok(table.includes(evil), 'the table shows the label literally');
  const tip = await page.$eval('#m', (e) => {
    const f = e.shadowRoot.querySelector('figure');
    const frame = f.querySelector('.frame');
    frame.focus();
    frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    return f.querySelector('.tooltip').textContent.replace(/\u2060/g, '');
  });
  assert.ok(tip.includes(evil), `the tooltip shows the label literally: ${tip}`);
  const images = await page.$eval('#m', (e) => e.shadowRoot.querySelectorAll('img').length + e.querySelectorAll('img').length);
  assert.equal(images, 0, 'no element was made from the label');
  await page.waitForTimeout(200);
  assert.deepEqual(page.dialogs, [], 'no script ran');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('hidden, zero-size and removed widgets never throw; a hidden one draws when shown', async () => {
  const page = await pageWith('<div id="wrap" hidden><pk-it-exports id="h" chart="annual"></pk-it-exports></div><pk-it-exports id="gone" chart="growth"></pk-it-exports><div id="zero" style="width: 0"><pk-it-exports id="z" chart="monthly"></pk-it-exports></div>');
  // Removed while its first draw is pending.
  await page.evaluate(() => document.getElementById('gone').remove());
  await page.waitForFunction(() => document.getElementById('h').dataset.state === 'ready');
  const drawn = () => page.$eval('#h', (e) => Number(e.shadowRoot.querySelector('figure').dataset.renders ?? 0));
  assert.equal(await drawn(), 0, 'nothing drawn while display: none');
  assert.equal(await page.$eval('#z', (e) => Number(e.shadowRoot.querySelector('figure').dataset.renders ?? 0)), 0, 'nothing drawn at zero width');
  await page.evaluate(() => { document.getElementById('wrap').hidden = false; });
  await page.waitForFunction(() => Number(document.getElementById('h').shadowRoot.querySelector('figure').dataset.renders) > 0);
  await page.evaluate(() => { document.getElementById('zero').style.width = ''; });
  await page.waitForFunction(() => Number(document.getElementById('z').shadowRoot.querySelector('figure').dataset.renders) > 0);
  // Removed after drawing, then put back: it draws again.
  await page.evaluate(() => { const e = document.getElementById('h'); e.remove(); document.querySelector('main').append(e); });
  await page.waitForFunction(() => Number(document.getElementById('h').shadowRoot.querySelector('figure').dataset.renders) > 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('fifty widgets on one page all render', async () => {
  const kinds = ['annual', 'growth', 'compared', 'monthly', 'targets'];
  const html = Array.from({ length: 50 }, (_, i) => `<pk-it-exports chart="${kinds[i % 5]}" height="${kinds[i % 5] === 'compared' ? 900 : 520}"></pk-it-exports>`).join('');
  const page = await pageWith(html);
  await page.waitForFunction(() => {
    const els = [...document.querySelectorAll('pk-it-exports')];
    return els.length === 50 && els.every((e) => e.dataset.state === 'ready' && Number(e.shadowRoot.querySelector('figure').dataset.renders) > 0);
  }, null, { timeout: 30000 });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('bad attributes name the attribute and what is allowed', async () => {
  const page = await pageWith('<pk-it-exports id="t" chart="annual" theme="sepia"></pk-it-exports><pk-it-exports id="h" chart="annual" height="-40"></pk-it-exports><pk-it-exports id="f" chart="annual" font="x;}body{color:red"></pk-it-exports><pk-it-exports id="s" chart="annual" font="12px serif"></pk-it-exports><pk-it-exports id="g" chart="annual" font=" Georgia, serif"></pk-it-exports><pk-it-exports id="i" chart="annual" font="initial"></pk-it-exports><pk-it-exports id="ok" chart="annual"></pk-it-exports>');
  await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state === 'ready'));
  await page.waitForFunction(() => document.getElementById('ok').dataset.state === 'ready');
  const message = (id) => page.$eval(`#${id}`, (e) => e.shadowRoot.querySelector('.message').textContent);
  assert.equal(await message('t'), 'theme: "sepia" is not one of light, dark, auto');
  assert.equal(await message('h'), 'height: "-40" is not a number of CSS pixels from 200 to 4000');
  assert.equal(await message('f'), 'font: "x;}body{color:red" is not a CSS font family list, such as "Georgia, serif"');
  // A size in it: the canvas refused the whole font and drew 10 px labels,
  // without a word. The chart draws in the default font instead.
  assert.equal(await message('s'), 'font: "12px serif" is not a CSS font family list, such as "Georgia, serif"');
  // A CSS-wide keyword is no family either: the canvas refused it too.
  assert.equal(await message('i'), 'font: "initial" is not a CSS font family list, such as "Georgia, serif"');
  assert.equal(await message('g'), '');
  assert.deepEqual(await page.$$eval('pk-it-exports', (els) => els.map((e) => e.dataset.state)), ['ready', 'ready', 'ready', 'ready', 'ready', 'ready', 'ready']);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a drawn widget asked for a chart it cannot draw keeps none of the last chart\'s words', async () => {
  // From a helper's sweep: the annual chart's title and takeaway stayed
  // above "This chart could not be drawn", a headline over no chart.
  const page = await pageWith('<pk-it-exports id="w" chart="annual"></pk-it-exports>');
  await page.waitForFunction(() => document.getElementById('w').dataset.state === 'ready');
  await page.$eval('#w', (e) => e.setAttribute('chart', 'pie'));
  await page.waitForFunction(() => document.getElementById('w').dataset.state === 'error');
  const shown = await page.$eval('#w', (e) => {
    const r = e.shadowRoot;
    const seen = (sel) => [...r.querySelectorAll(sel)].filter((n) => n.checkVisibility()).map((n) => n.textContent.trim()).filter(Boolean).join(' ');
    return { words: seen('.title, .takeaway, .source, .controls'), message: seen('.message') };
  });
  assert.equal(shown.words, '', 'the last chart\'s words are gone');
  assert.match(shown.message, /could not be drawn.*chart/);
  // As a widget made with that chart from the start shows it.
  await page.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<pk-it-exports id="fresh" chart="pie"></pk-it-exports>'));
  await page.waitForFunction(() => document.getElementById('fresh').dataset.state === 'error');
  const fresh = await page.$eval('#fresh', (e) => [...e.shadowRoot.querySelectorAll('.title, .takeaway, .source, .controls')].filter((n) => n.checkVisibility()).map((n) => n.textContent.trim()).filter(Boolean).join(' '));
  assert.equal(fresh, '');
  // And a chart it can draw brings its words back.
  await page.$eval('#w', (e) => e.setAttribute('chart', 'growth'));
  await page.waitForFunction(() => document.getElementById('w').dataset.state === 'ready');
  assert.match(await page.$eval('#w', (e) => e.shadowRoot.querySelector('.title').textContent), /\S/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the wasm sent as another type than application/wasm: every chart still draws, the reason warned', async () => {
  // A common host misconfiguration. The bundled first-draw glue keeps
  // wasm-bindgen's fallback for it (scripts/bundle.mjs cuts only its message).
  const page = await env.page({ width: 900 });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  await page.goto(`${env.url}/example-article.html`);
  // The article's widgets, and the one in its iframe (whose wasm, still in
  // this route when the page closed, failed the run as an unhandled rejection).
  const ready = () => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state === 'ready');
  await page.waitForFunction(ready);
  await page.frameLocator('iframe[data-pk-it-exports]').locator('pk-it-exports[data-state="ready"]').waitFor();
  assert.deepEqual(page.errors, []);
  assert.ok(warnings.some((w) => /application\/wasm/.test(w)), warnings.join('\n'));
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.context().close();
});

test('the wasm answering 404: each widget shows its fallback and a message, no uncaught error', async () => {
  const page = await env.page({ width: 900 });
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
  await page.goto(`${env.url}/example-article.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state === 'error'));
  assert.ok(await page.locator('pk-it-exports table').first().isVisible());
  assert.deepEqual(page.errors.filter((e) => !/Failed to load resource|404/.test(e)), []);
  await page.context().close();
});

test('a choice the data cannot make is refused: the control goes back, the chart stays, the reason is said', async () => {
  // February against February: no July to run a year to date from.
  const FEB = { sources: [SOURCE], records: [
    { measure: 'ict', period: '2025-02', value: 305, source: 'sbp' },
    { measure: 'ict', period: '2026-02', value: 365, source: 'sbp' },
  ] };
  const page = await pageWith(`<pk-it-exports id="m" chart="monthly">${json(FEB)}</pk-it-exports>`);
  await page.waitForFunction(() => document.getElementById('m').dataset.state === 'ready');
  const seen = () => page.$eval('#m', (e) => ({
    checked: [...e.shadowRoot.querySelectorAll('.controls input')].map((i) => i.checked),
    takeaway: e.shadowRoot.querySelector('.takeaway').textContent,
    message: e.shadowRoot.querySelector('.message').hidden ? '' : e.shadowRoot.querySelector('.message').textContent,
    state: e.dataset.state,
    renders: e.shadowRoot.querySelector('figure').dataset.renders,
  }));
  const before = await seen();
  assert.deepEqual(before.checked, [true, false]);
  await page.$eval('#m', (e) => e.shadowRoot.querySelectorAll('.controls input')[1].click());
  await page.waitForFunction(() => !document.getElementById('m').shadowRoot.querySelector('.message').hidden);
  const after = await seen();
  assert.deepEqual(after.checked, [true, false], 'the control went back to "Each month"');
  assert.equal(after.takeaway, before.takeaway, 'the chart and its words stayed');
  assert.equal(after.renders, before.renders);
  assert.match(after.message, /needs July's figure in both FY2024-25 and FY2025-26/);
  assert.equal(after.state, 'ready');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

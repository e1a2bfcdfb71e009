// The Urdu edition in Chromium with real Nastaliq glyphs (Debian's
// fonts-noto-core, installed by scripts/setup.sh --browser): an Urdu article
// under the strict CSP, labels that never overlap or leave the chart,
// mirrored charts and their keyboard, a page mixing English and Urdu, the
// iframe's ?lang=ur, the Urdu story page under axe, and English pages that
// never download the Urdu build. Screenshots land in test-output/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { execSync } from 'node:child_process';
import { start, OUT, STRICT_CSP, pointsDisagree } from './harness.mjs';

let env;
before(async () => { env = await start({ headers: { 'Content-Security-Policy': STRICT_CSP } }); });
after(async () => { await env?.stop(); });

const CHARTS = ['annual', 'growth', 'compared', 'monthly', 'targets'];

/** An article page (strict CSP) with `body`, in `lang`. */
async function article(body, options = {}, lang = 'ur') {
  const page = await env.page(options);
  page.requested = [];
  page.on('request', (r) => page.requested.push(r.url()));
  await page.route('**/article.html', (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': STRICT_CSP },
    body: `<!doctype html><html lang="${lang}" dir="${lang === 'ur' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>article</title><link rel="stylesheet" href="host.css"><script type="module" src="embed.js"></script></head><body><main><h1>${lang === 'ur' ? 'آئی ٹی برآمدات' : 'IT exports'}</h1>${body}</main></body></html>`,
  }));
  await page.goto(`${env.url}/article.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')]
    .every((e) => e.dataset.state === 'ready' && Number(e.shadowRoot.querySelector('figure').dataset.renders) > 0), null, { timeout: 30000 });
  // And the points' words, fetched after the draw (js/described.js).
  await page.$$eval('pk-it-exports', (els) => Promise.all(els.map((e) => e.chart.described())));
  return page;
}

const widgets = (attrs = '') => CHARTS.map((c) => `<pk-it-exports id="${c}" chart="${c}" theme="auto"${attrs}></pk-it-exports>`).join('\n');

/** Each widget's drawn labels that overlap another or leave the canvas. */
const badLabels = (page) => page.$$eval('pk-it-exports', async (els) => (await Promise.all(els.map(async (e) => {
  const l = await window.__pkLayout(e);
  const out = [];
  l.labels.forEach((a, i) => {
    const r = a.rect;
    if (r.x0 < 0 || r.y0 < 0 || r.x1 > l.width || r.y1 > l.height) out.push(`${e.id}: "${a.text}" leaves the chart`);
    for (const b of l.labels.slice(i + 1)) {
      const s = b.rect;
      if (r.x0 < s.x1 && s.x0 < r.x1 && r.y0 < s.y1 && s.y0 < r.y1) out.push(`${e.id}: "${a.text}" overlaps "${b.text}"`);
    }
  });
  return out;
}))).flat());

for (const [width, ratio, scheme] of [[360, 3, 'dark'], [1200, 1, 'light']]) {
  for (const mirror of [true, false]) {
    test(`Urdu article at ${width} px (ratio ${ratio}, ${scheme}${mirror ? '' : ', mirror="false"'}): Urdu words, no label overlaps with real Nastaliq, time runs ${mirror ? 'right to left' : 'left to right'}`, async () => {
      const page = await article(widgets(mirror ? '' : ' mirror="false"'), { width, height: 900, deviceScaleFactor: ratio, colorScheme: scheme });
      assert.deepEqual(await badLabels(page), []);
      const info = await page.$$eval('pk-it-exports', (els) => Promise.all(els.map(async (e) => {
        const w = e.shadowRoot.querySelector('.widget');
        const marks = (await window.__pkLayout(e)).marks.filter((m) => m.seriesId === 'ict');
        return { id: e.id, lang: w.lang, dir: w.dir, title: e.shadowRoot.querySelector('.title').textContent, xs: marks.map((m) => m.rect.x0 + m.rect.x1),
          live: e.shadowRoot.querySelector('[aria-live]').lang, desc: e.shadowRoot.querySelector('canvas').getAttribute('aria-describedby') };
      })));
      for (const w of info) {
        assert.equal(w.lang, 'ur', w.id);
        assert.equal(w.dir, 'rtl', w.id);
        assert.equal(w.live, 'ur', `${w.id}: live region lang`);
        assert.match(w.title, /[\u0600-\u06FF]/, `${w.id}: title in Urdu`);
        assert.doesNotMatch(w.title, /[A-Za-z]{3,}/, `${w.id}: English in the title`);
        if (['annual', 'growth'].includes(w.id)) {
          // Marks are drawn oldest first.
          const later = w.xs.slice(1).every((x, i) => (mirror ? x < w.xs[i] : x > w.xs[i]));
          assert.ok(later, `${w.id}: ${w.xs}`);
        }
      }
      // An Urdu article of the built-in figures loads the Urdu first-draw
      // build alone: no English build (and vice versa below), and not the
      // full Urdu one, which only custom data or a download needs.
      assert.ok(page.requested.some((u) => u.endsWith('/pk_it_exports_lite_ur_bg.wasm')));
      assert.deepEqual(page.requested.filter((u) => /\/pk_it_exports(_lite)?(_ur)?_bg\.wasm$/.test(u) && !u.endsWith('_lite_ur_bg.wasm')), [], 'another wasm was fetched too');
      assert.deepEqual(page.errors, []);
      if (mirror) await page.screenshot({ path: `${OUT}/ur-article-${width}-${scheme}.png`, fullPage: true });
      await page.context().close();
    });
  }
}

test('keyboard in a mirrored Urdu chart: ArrowLeft moves to the later period, ArrowRight back', async () => {
  const page = await article('<pk-it-exports id="a" chart="annual"></pk-it-exports>', { width: 800 });
  const frame = await page.evaluateHandle(() => document.getElementById('a').shadowRoot.querySelector('.frame'));
  await frame.evaluate((f) => f.focus());
  const at = () => page.$eval('#a', (e) => {
    const i = Number(e.shadowRoot.querySelector('figure').dataset.selected);
    const p = e.chart.point(i);
    return { x: p.rect.x0, live: e.shadowRoot.querySelector('[aria-live]').textContent };
  });
  await page.keyboard.press('ArrowLeft');
  const first = await at();
  await page.keyboard.press('ArrowLeft');
  const second = await at();
  await page.keyboard.press('ArrowRight');
  const back = await at();
  // The first point is the earliest (at the right); each ArrowLeft goes later, further left.
  assert.match(first.live, /2015-\u2060?16/, first.live);
  assert.ok(second.x < first.x, `ArrowLeft went from x=${first.x} to x=${second.x}`);
  assert.equal(back.x, first.x);
  assert.match(first.live, /[\u0600-\u06FF]/);
  // The tooltip's Nastaliq lines do not touch: each line box twice the font.
  const tip = await page.$eval('#a', (e) => {
    const t = getComputedStyle(e.shadowRoot.querySelector('.tooltip'));
    return { line: parseFloat(t.lineHeight), font: parseFloat(t.fontSize) };
  });
  assert.ok(tip.line >= 1.9 * tip.font, `tooltip line ${tip.line} px for ${tip.font} px Nastaliq`);
  await page.screenshot({ path: `${OUT}/ur-tooltip-800.png` });
  await page.context().close();
});

test('a mixed page: an English and an Urdu widget, and a language the widget does not speak', async () => {
  const page = await article(`<pk-it-exports id="en" chart="monthly"></pk-it-exports>
<div lang="ur" dir="rtl"><pk-it-exports id="ur" chart="monthly"></pk-it-exports></div>
<pk-it-exports id="fr" lang="fr" chart="annual"></pk-it-exports>`, { width: 700 }, 'en');
  const roots = await page.$$eval('pk-it-exports', (els) => els.map((e) => {
    const w = e.shadowRoot.querySelector('.widget');
    return [e.id, w.lang, w.dir, e.shadowRoot.querySelector('.title').textContent];
  }));
  const byId = Object.fromEntries(roots.map(([id, ...rest]) => [id, rest]));
  assert.deepEqual(byId.en.slice(0, 2), ['en', 'ltr']);
  assert.deepEqual(byId.ur.slice(0, 2), ['ur', 'rtl']);
  assert.deepEqual(byId.fr.slice(0, 2), ['en', 'ltr'], 'French is shown as English, and says so');
  assert.match(byId.en[2], /^Month by month/);
  assert.match(byId.ur[2], /^ماہانہ:/);
  assert.deepEqual(await badLabels(page), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the full Urdu build, loaded for a download or own data: a failed load is asked for again and breaks no widget; with own data on the page it is the only wasm', async () => {
  // A download on an Urdu article loads the full Urdu build. Its first
  // load fails (the link drops): the next click asks again and downloads,
  // and widgets added meanwhile draw with the builds they had.
  const page = await article(`<pk-it-exports id="a" chart="annual"></pk-it-exports>
<pk-it-exports id="e" chart="monthly" lang="en"></pk-it-exports>`, { width: 700 });
  let drop = true;
  await page.route('**/pk_it_exports_ur_bg.wasm', (route) => (drop ? route.abort('internetdisconnected') : route.continue()));
  const csv = () => page.$eval('#a', (e) => e.shadowRoot.querySelector('.chart-tools button').click());
  await csv();
  // Until the failed load has been reported (then the page has let it go).
  for (let i = 0; i < 200 && page.errors.length === 0; i += 1) await page.waitForTimeout(50);
  assert.ok(page.errors.length > 0, 'the failed load, reported');
  page.errors.length = 0;
  for (const [id, lang] of [['ur2', 'ur'], ['en2', 'en']]) {
    await page.evaluate(([id, lang]) => {
      const el = document.createElement('pk-it-exports');
      el.id = id;
      el.setAttribute('chart', 'growth');
      el.setAttribute('lang', lang);
      document.querySelector('main').append(el);
    }, [id, lang]);
  }
  await page.waitForFunction(() => ['ur2', 'en2'].every((id) => document.getElementById(id).dataset.state === 'ready'), null, { timeout: 20000 });
  drop = false;
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20000 }), csv()]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  assert.deepEqual(page.errors, []);
  await page.context().close();

  // Own data first, a built-in widget after, or the other way round: both
  // use the full Urdu build, which is then the page's only wasm.
  const data = JSON.stringify({
    sources: [{ id: 'sbp', outlet: 'State Bank of Pakistan', date: '2025-08-18', reference: 'sbp.org.pk' }],
    records: [{ measure: 'ict', period: 'FY2023-24', value: 3223, source: 'sbp' }, { measure: 'ict', period: 'FY2024-25', value: 3810, source: 'sbp' }],
  });
  const own = `<pk-it-exports chart="annual"><script type="application/json">${data}</script></pk-it-exports>`;
  for (const body of [`${own}\n<pk-it-exports chart="monthly"></pk-it-exports>`, `<pk-it-exports chart="monthly"></pk-it-exports>\n${own}`]) {
    const mixed = await article(body, { width: 700 });
    assert.deepEqual(mixed.requested.filter((u) => u.endsWith('.wasm')).map((u) => u.split('/').pop()), ['pk_it_exports_ur_bg.wasm']);
    assert.deepEqual(mixed.errors, []);
    await mixed.context().close();
  }
});

test('an Urdu article of the built-in figures gets its messages with its first-draw kit, and says in Urdu when the wasm cannot load', async () => {
  const page = await article(widgets(), { width: 700 });
  assert.deepEqual(page.requested.filter((u) => u.endsWith('messages-ur.js')), [], 'a file of its own');
  await page.context().close();

  // The wasm blocked: the messages came with the kit all the same.
  const blocked = await env.page({ width: 700 });
  await blocked.route('**/*.wasm', (route) => route.abort());
  await blocked.route('**/blocked.html', (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': STRICT_CSP },
    body: `<!doctype html><html lang="ur" dir="rtl"><head><meta charset="utf-8"><title>blocked</title>
<link rel="stylesheet" href="host.css"><script type="module" src="embed.js"></script></head><body><main>${widgets()}</main></body></html>`,
  }));
  await blocked.goto(`${env.url}/blocked.html`);
  await blocked.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state === 'error'), null, { timeout: 20000 });
  const said = await blocked.$$eval('pk-it-exports', (els) => els.map((e) => e.shadowRoot.querySelector('.message').textContent));
  for (const message of said) assert.match(message, /^انٹرایکٹو چارٹ لوڈ نہیں ہو سکا/);
  assert.deepEqual(blocked.errors.filter((e) => !/Failed to load resource|ERR_FAILED/.test(e)), []);
  await blocked.context().close();
});

test('an Urdu widget says a wrong attribute in Urdu only, though its messages arrive late', async () => {
  // The message line is a status region: English first, then Urdu, would
  // be read out twice, the first time in a language the reader did not ask for.
  const page = await env.page({ width: 700 });
  await page.route('**/pk_it_exports_lite_ur.js', async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue(); });
  // And the wasm, asked for once the kit is in, later still: the messages
  // are then in before the chart can be, and the reason is said meanwhile
  // (a fresh clone's CI met English in that gap, the reason read before
  // the messages were).
  await page.route('**/pk_it_exports_lite_ur_bg.wasm', async (route) => { await new Promise((r) => setTimeout(r, 600)); await route.continue(); });
  await page.route('**/late-words.html', (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': STRICT_CSP },
    body: `<!doctype html><html lang="ur" dir="rtl"><head><meta charset="utf-8"><title>late</title>
<link rel="stylesheet" href="host.css"><script type="module" src="embed.js"></script></head><body><main>
<pk-it-exports chart="monthly" height="abc"></pk-it-exports></main></body></html>`,
  }));
  await page.goto(`${env.url}/late-words.html`);
  const seen = new Set();
  for (let i = 0; i < 60; i += 1) {
    const now = await page.$eval('pk-it-exports', (e) => {
      const m = e.shadowRoot?.querySelector('.message');
      return { said: m && !m.hidden ? m.textContent : '', ready: e.dataset.state === 'ready' };
    });
    if (now.said) seen.add(now.said);
    if (now.ready && now.said) break;
    await page.waitForTimeout(50);
  }
  assert.ok(seen.size > 0, 'the reason is said');
  for (const said of seen) assert.doesNotMatch(said, /is not a number/, 'said in English first');
  assert.match([...seen].at(-1), /[\u0600-\u06FF]/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a drawn English widget switched to Urdu says its wrong attributes in Urdu', async () => {
  // From a helper's sweep: the widget's messages were loaded only as it
  // connected, so after the switch its reasons stayed hidden, in English.
  const page = await article('<pk-it-exports id="w" chart="monthly" theme="neon"></pk-it-exports>', { width: 700 }, 'en');
  const said = () => page.$eval('#w', (e) => { const m = e.shadowRoot.querySelector('.message'); return m.hidden ? '' : m.textContent; });
  assert.match(await said(), /^theme: "neon" is not one of/);
  await page.$eval('#w', (e) => e.setAttribute('lang', 'ur'));
  await page.waitForFunction(() => {
    const e = document.getElementById('w');
    const m = e.shadowRoot.querySelector('.message');
    return e.dataset.state === 'ready' && e.shadowRoot.querySelector('.widget').lang === 'ur' && !m.hidden && /[\u0600-\u06FF]/.test(m.textContent);
  }, null, { timeout: 10000 });
  assert.doesNotMatch(await said(), /is not one of/, 'no English left');
  await page.$eval('#w', (e) => e.setAttribute('cumulative', 'maybe'));
  await page.waitForFunction(() => /cumulative/.test(document.getElementById('w').shadowRoot.querySelector('.message').textContent));
  const both = await said();
  assert.match(both, /theme/);
  assert.match(both, /cumulative/);
  assert.doesNotMatch(both, /is not one of/);
  // A chart it cannot draw is said in Urdu too.
  await page.$eval('#w', (e) => e.setAttribute('chart', 'pie'));
  await page.waitForFunction(() => document.getElementById('w').dataset.state === 'error');
  assert.match(await said(), /[\u0600-\u06FF]/);
  assert.doesNotMatch(await said(), /could not be drawn|unknown variant/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an English article with an Urdu widget of its own data loads the English first-draw build and the full Urdu one, not the full English one', async () => {
  const data = JSON.stringify({
    sources: [{ id: 'sbp', outlet: 'State Bank of Pakistan', date: '2025-08-18', reference: 'sbp.org.pk' }],
    records: [{ measure: 'ict', period: 'FY2023-24', value: 3223, source: 'sbp' }, { measure: 'ict', period: 'FY2024-25', value: 3810, source: 'sbp' }],
  });
  const page = await article(`<pk-it-exports chart="monthly"></pk-it-exports>
<pk-it-exports lang="ur" chart="annual"><script type="application/json">${data}</script></pk-it-exports>`, { width: 700 }, 'en');
  assert.deepEqual(page.requested.filter((u) => u.endsWith('.wasm')).map((u) => u.split('/').pop()).sort(),
    ['pk_it_exports_lite_bg.wasm', 'pk_it_exports_ur_bg.wasm']);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an English article downloads neither the Urdu wasm nor the Urdu messages', async () => {
  const page = await article(widgets(), { width: 900 }, 'en');
  const urdu = page.requested.filter((u) => /_ur(_bg)?\.(js|wasm)$|messages-ur\.js$/.test(u));
  assert.deepEqual(urdu, []);
  await page.context().close();
});

test('the iframe takes ?lang=ur: Urdu widget, Urdu right-to-left document', async () => {
  const page = await env.page({ width: 600 });
  const missing = [];
  page.on('response', (r) => { if (r.status() >= 400) missing.push(r.url()); });
  await page.goto(`${env.url}/embed.html?chart=growth&lang=ur&height=520`);
  await page.waitForFunction(() => document.querySelector('pk-it-exports')?.dataset.state === 'ready');
  const got = await page.evaluate(() => {
    const w = document.querySelector('pk-it-exports').shadowRoot.querySelector('.widget');
    return [document.documentElement.lang, document.documentElement.dir, w.lang, w.dir, document.querySelector('h1').textContent];
  });
  assert.deepEqual(got.slice(0, 4), ['ur', 'rtl', 'ur', 'rtl']);
  assert.match(got[4], /[\u0600-\u06FF]/);
  // The browser asks for /favicon.ico, which the widget's folder need not have.
  assert.deepEqual(missing.filter((u) => !u.endsWith('/favicon.ico')), []);
  assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
  await page.context().close();
});

async function audit(page) {
  await page.evaluate(await readFile('node_modules/axe-core/axe.min.js', 'utf8'));
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join('; ')})`);
  });
}

test('the Urdu story page: linked both ways, drawn in Urdu, no label overlaps, axe finds nothing; screenshots', async () => {
  for (const [width, ratio, colorScheme] of [[360, 3, 'dark'], [1200, 1, 'light']]) {
    const page = await env.page({ width, height: 900, deviceScaleFactor: ratio, colorScheme });
    await page.goto(`${env.url}/ur/`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 30000 });
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('a[hreflang=en]', 'href'), '../');
    const bad = await page.$$eval('figure.chart', async (figs) => (await Promise.all(figs.map(async (f) => {
      const l = await window.__pkLayout(f);
      return l.labels.flatMap((a, i) => l.labels.slice(i + 1)
        .filter((b) => a.rect.x0 < b.rect.x1 && b.rect.x0 < a.rect.x1 && a.rect.y0 < b.rect.y1 && b.rect.y0 < a.rect.y1)
        .map((b) => `${f.dataset.chart}: "${a.text}" overlaps "${b.text}"`));
    }))).flat());
    assert.deepEqual(bad, []);
    const checks = await page.$eval('#checks tbody', (t) => t.textContent);
    assert.match(checks, /بالکل درست/);
    // One word joiner after a hyphen: the Urdu words join theirs, and the
    // page's joining must not add a second.
    assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /\u2060\u2060/);
    await page.click('figure[data-chart=annual] summary');
    assert.deepEqual(await audit(page), [], `Urdu page, ${colorScheme}`);
    await page.screenshot({ path: `${OUT}/ur-page-${width}-${colorScheme}.png`, fullPage: true });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
  const english = await env.page({ width: 800 });
  await english.goto(`${env.url}/`);
  assert.equal(await english.getAttribute('a[hreflang=ur]', 'href'), 'ur/');
  await english.context().close();
});

test('the Urdu font is installed, so these tests measure Nastaliq', () => {
  assert.match(execSync('fc-list').toString(), /Nastaliq/i);
});

test('every Urdu point of every chart and choice reads in a tooltip as the full Urdu build words it, at its place', async () => {
  const page = await article(widgets() + '<pk-it-exports chart="monthly" cumulative="true"></pk-it-exports><pk-it-exports chart="targets" target-reading="cumulative"></pk-it-exports>', { width: 414 });
  assert.deepEqual(await pointsDisagree(page), []);
  await page.context().close();
});

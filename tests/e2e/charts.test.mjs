// The five charts on the reader's page: drawn, crisp at the device ratio,
// redrawn at the new width after a resize, in light and dark, with no
// console error. Screenshots go to test-output/ for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, OUT } from './harness.mjs';

const KINDS = ['annual', 'growth', 'compared', 'monthly', 'targets'];
let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** Per chart: drawn width, backing-store size, renders, and whether any pixel differs from the corner. */
function chartState(page) {
  return page.$$eval('figure.chart', (figs) => Promise.all(figs.map(async (f) => {
    const c = f.querySelector('canvas');
    const ctx = c.getContext('2d');
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4 * 7) {
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) inked += 1;
    }
    // Real text widths (measureText): no label overlaps another or leaves the canvas.
    const { labels, marks, plot, width, height } = await window.__pkLayout(f);
    const problems = [];
    const hit = (r, s) => r.x0 < s.x1 && s.x0 < r.x1 && r.y0 < s.y1 && s.y0 < r.y1;
    if (f.dataset.chart === 'growth') {
      const inPlot = labels.filter((l) => l.rect.y0 >= plot.y0 && l.rect.y1 <= plot.y1 && l.rect.x0 >= plot.x0);
      for (const l of inPlot) for (const m of marks) if (hit(l.rect, m.rect)) problems.push(`${l.text} covers a point`);
      // Nor is crossed by a line, with the browser's text widths (the ICT
      // line ran through "+20.8%" at 1,120 px). By Liang-Barsky clipping: a
      // check of Rect::crossed_by's own way (the line's y over the box's x).
      const crosses = (r, [x, y], [bx, by]) => {
        const [dx, dy] = [bx - x, by - y];
        let [enter, leave] = [0, 1];
        for (const [p, q] of [[-dx, x - r.x0], [dx, r.x1 - x], [-dy, y - r.y0], [dy, r.y1 - y]]) {
          if (p === 0) { if (q <= 0) return false; } else if (p < 0) enter = Math.max(enter, q / p); else leave = Math.min(leave, q / p);
        }
        return enter < leave;
      };
      const centre = ({ rect: r }) => [Math.trunc((r.x0 + r.x1) / 2), Math.trunc((r.y0 + r.y1) / 2)];
      for (const id of ['ict', 'itItes']) {
        const xy = marks.filter((m) => m.seriesId === id).map(centre);
        for (const l of inPlot) if (xy.some((a, i) => i > 0 && crosses(l.rect, xy[i - 1], a))) problems.push(`the ${id} line crosses ${l.text}`);
      }
    }
    for (const [i, a] of labels.entries()) {
      const r = a.rect;
      if (r.x0 < 0 || r.y0 < 0 || r.x1 > width || r.y1 > height) problems.push(`${a.text} outside`);
      for (const b of labels.slice(i + 1)) {
        const s = b.rect;
        if (r.x0 < s.x1 && s.x0 < r.x1 && r.y0 < s.y1 && s.y0 < r.y1) problems.push(`${a.text} overlaps ${b.text}`);
      }
    }
    return {
      problems,
      kind: f.dataset.chart,
      width: Number(f.dataset.width),
      renders: Number(f.dataset.renders),
      cssWidth: c.getBoundingClientRect().width,
      cssHeight: c.getBoundingClientRect().height,
      backing: [c.width, c.height],
      inked,
      title: f.closest('section').querySelector('h2').textContent,
      takeaway: f.closest('section').querySelector('.takeaway').textContent,
      source: f.querySelector('[data-text=source]').textContent,
    };
  })));
}

async function waitForCharts(page, width) {
  await page.waitForFunction((w) => {
    const figs = [...document.querySelectorAll('figure.chart')];
    return figs.length === 5 && figs.every((f) => Number(f.dataset.width) > 0 && Math.abs(Number(f.dataset.width) - w) < 80);
  }, width, { timeout: 15000 });
}

for (const [scheme, ratio] of [['light', 1], ['dark', 2]]) {
  test(`all five charts draw, then redraw at 320 px (${scheme}, ratio ${ratio})`, async () => {
    const page = await env.page({ width: 1200, height: 900, deviceScaleFactor: ratio, colorScheme: scheme });
    await page.goto(`${env.url}/`);
    await waitForCharts(page, 1200 - 32);
    let state = await chartState(page);
    assert.deepEqual(state.map((s) => s.kind), KINDS);
    for (const s of state) {
      assert.ok(s.inked > 200, `${s.kind} is blank`);
      // Backing store = CSS size x ratio: crisp, not scaled up.
      assert.equal(s.backing[0], Math.round(s.width * ratio), `${s.kind} backing width`);
      assert.equal(s.backing[1], Math.round(s.cssHeight * ratio), `${s.kind} backing height`);
      assert.equal(Math.round(s.cssWidth), s.width, `${s.kind} drawn at its box width`);
      assert.ok(s.title.length > 5 && s.takeaway.length > 20, `${s.kind} text`);
      assert.match(s.source, /^Sources?: /, `${s.kind} source line`);
      assert.deepEqual(s.problems, [], `${s.kind} at 1200 px`);
    }
    for (const kind of KINDS) {
      const el = await page.$(`figure[data-chart=${kind}]`);
      await el.screenshot({ path: `${OUT}/chart-${kind}-1200-${scheme}-dpr${ratio}.png` });
    }
    const before = state.map((s) => s.renders);

    await page.setViewportSize({ width: 320, height: 800 });
    await waitForCharts(page, 320 - 32);
    state = await chartState(page);
    for (const [i, s] of state.entries()) {
      assert.ok(s.renders > before[i], `${s.kind} redrew after the resize`);
      assert.ok(s.width <= 288 && s.width >= 250, `${s.kind} drawn at ${s.width}px`);
      assert.equal(s.backing[0], Math.round(s.width * ratio));
      assert.ok(s.inked > 100, `${s.kind} is blank at 320 px`);
      assert.deepEqual(s.problems, [], `${s.kind} at 320 px`);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
    for (const kind of KINDS) {
      const el = await page.$(`figure[data-chart=${kind}]`);
      await el.screenshot({ path: `${OUT}/chart-${kind}-320-${scheme}-dpr${ratio}.png` });
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('controls switch the monthly and target views', async () => {
  const page = await env.page({ width: 900 });
  await page.goto(`${env.url}/`);
  await waitForCharts(page, 900 - 32);
  // Without the word joiners the page puts after a hyphen (js/chart.js, writeText).
  const takeaway = (kind) => page.$eval(`figure[data-chart=${kind}]`, (f) => f.closest('section').querySelector('.takeaway').textContent.replace(/\u2060/g, ''));
  const monthly = await takeaway('monthly');
  await page.check('input[name=page-monthly-cumulative][value=true]');
  await page.waitForFunction((t) => document.querySelector('figure[data-chart=monthly]').closest('section').querySelector('.takeaway').textContent !== t, monthly);
  assert.match(await takeaway('monthly'), /^By February, FY2025-26 had reached \$2\.98bn, \+19\.9% on FY2024-25's \$2\.48bn over the same months/);
  await page.check('input[name=page-targets-targetReading][value=cumulative]');
  await page.waitForFunction(() => /three-year sum/.test(document.querySelector('figure[data-chart=targets]').closest('section').querySelector('.takeaway').textContent.replace(/\u2060/g, '')));
  await (await page.$('figure[data-chart=targets]')).screenshot({ path: `${OUT}/chart-targets-cumulative-900.png` });
  for (const s of await chartState(page)) assert.deepEqual(s.problems, [], `${s.kind} in its second view`);
  await (await page.$('figure[data-chart=monthly]')).screenshot({ path: `${OUT}/chart-monthly-cumulative-900.png` });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a canvas drawn again at its own size is drawn as a new one is; a highlight taken back leaves its overlay blank', async () => {
  // The canvas backend keeps (and clears) a canvas already the size it
  // needs rather than set its size again (src/canvas.rs): nothing of the
  // chart drawn before may show through the next, nor a highlight's outline.
  const page = await env.page({ width: 800, deviceScaleFactor: 2 });
  await page.goto(`${env.url}/embed.html`);
  const result = await page.evaluate(async () => {
    const kit = await import('/pkg/pk_it_exports.js?kept');
    await kit.default({ module_or_path: '/pkg/pk_it_exports_bg.wasm?kept' });
    const pixels = (c) => c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const differing = (a, b) => { let n = 0; for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) n += 1; return n; };
    const first = new kit.Chart({ chart: 'annual', theme: 'dark' });
    const next = new kit.Chart({ chart: 'compared' });
    const kept = document.createElement('canvas');
    first.render(kept, 600, 640, 2);
    const inkedBefore = pixels(kept).filter((v, i) => i % 4 === 3 && v > 0).length;
    next.render(kept, 600, 640, 2);
    const fresh = document.createElement('canvas');
    next.render(fresh, 600, 640, 2);
    const overlay = document.createElement('canvas');
    next.highlight(overlay, 2, 2);
    const outlined = pixels(overlay).filter((v, i) => i % 4 === 3 && v > 0).length;
    next.highlight(overlay, -1, 2);
    const left = pixels(overlay).filter((v, i) => i % 4 === 3 && v > 0).length;
    first.free();
    next.free();
    return { inkedBefore, size: [kept.width, kept.height], differing: differing(pixels(kept), pixels(fresh)), outlined, left };
  });
  assert.deepEqual(result.size, [1200, 1280]);
  assert.ok(result.inkedBefore > 10000, `the first chart drew: ${result.inkedBefore} pixels`);
  assert.equal(result.differing, 0, 'the chart drawn again matches the one drawn on a new canvas');
  assert.ok(result.outlined > 100, `the highlight drew: ${result.outlined} pixels`);
  assert.equal(result.left, 0, 'the overlay is blank once the highlight is taken back');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// The embed on a reader's phone (issue 11): for every chart, every width from
// 320 to 1200 px, heights an editor may give (200 to 4000, or none), light
// and dark, ratio 1 and 3, the chart is whole and at least 150 px tall, and
// its title, takeaway, source and controls are readable. Then the data table,
// theme="auto", tooltips, the keyboard, the messages and the fallbacks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, OUT, STRICT_CSP, measureWidgets as measure, drawnRatio } from './harness.mjs';

let env;
before(async () => { env = await start({ headers: { 'Content-Security-Policy': STRICT_CSP } }); });
after(async () => { await env?.stop(); });

const CHARTS = ['annual', 'growth', 'compared', 'monthly', 'targets'];
const HEIGHTS = [null, 200, 300, 380, 520, 800, 4000];

/** A page of widgets on the test origin (under the strict CSP), from body HTML. */
// An article with a dark mode (it declares both schemes, and the browser
// darkens its page for a reader who prefers dark): theme="auto" widgets on
// it follow the reader, so the matrix sees dark widgets at ratio 3.
const BOTH_SCHEMES = '<meta name="color-scheme" content="light dark">';

async function pageWith(body, options = {}, lang = 'en', head = BOTH_SCHEMES) {
  const page = await env.page(options);
  await page.route('**/matrix.html', (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': STRICT_CSP },
    body: `<!doctype html><html lang="${lang}" dir="${lang === 'ur' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}
<title>matrix</title><link rel="stylesheet" href="host.css"><script type="module" src="embed.js"></script></head><body><main>${body}</main></body></html>`,
  }));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${env.url}/matrix.html`);
  return page;
}

// Drawn, and the points' words in (fetched after the draw, js/described.js).
const allDrawn = async (page, timeout = 30000) => {
  await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')]
    .every((e) => e.dataset.state === 'ready' && Number(e.shadowRoot.querySelector('figure').dataset.renders) > 0), null, { timeout });
  await page.$$eval('pk-it-exports', (els) => Promise.all(els.map((e) => e.chart.described())));
};

const widgetsHtml = CHARTS.flatMap((chart) => HEIGHTS.map((h) => `<pk-it-exports id="${chart}-${h ?? 'none'}" chart="${chart}" theme="auto"${h ? ` height="${h}"` : ''}></pk-it-exports>`)).join('\n');

let smallest = Infinity;
// English, and Urdu on an Urdu article (<html lang="ur" dir="rtl">: the
// widgets take their language from it, mirrored, in Nastaliq).
for (const lang of ['en', 'ur']) for (const width of [320, 360, 414, 768, 1200]) {
  for (const [ratio, scheme] of [[1, 'light'], [3, 'dark']]) {
    test(`${lang}: ${CHARTS.length} charts x ${HEIGHTS.length} heights at ${width} px, ratio ${ratio}, ${scheme}: every chart whole and readable`, async () => {
      const page = await pageWith(widgetsHtml, { width, height: 800, deviceScaleFactor: ratio, colorScheme: scheme }, lang);
      await allDrawn(page);
      const shown = await page.$$eval('pk-it-exports', (els) => els.map((e) => e.shadowRoot.querySelector('.widget').lang));
      assert.ok(shown.every((l) => l === lang), `widgets speak ${shown}`);
      // The first 3,000 px, for a person to look at: the whole page at
      // ratio 3 (35 widgets, ~95,000 device pixels tall) took over the
      // screenshot's 30 s on a loaded machine.
      if (lang === 'ur' && width === 360 && ratio === 3) await page.screenshot({ path: `${OUT}/ur-matrix-360-dark.png`, fullPage: true, clip: { x: 0, y: 0, width, height: 3000 } });
      for (const m of await measure(page)) {
        smallest = Math.min(smallest, m.chart);
        assert.ok(m.chart >= 150, `${m.id}: chart ${m.chart} px tall`);
        assert.ok(m.chartInside, `${m.id}: chart clipped by its widget`);
        if (m.plot) {
          // The legend and labels never squeeze the plot into a strip
          // (MIN_PLOT in src/chart/mod.rs), and the axis never stretches
          // far past the data: the highest mark is in the plot's upper half
          // (not in the targets chart, whose axis reaches the targets, lines
          // rather than marks).
          const plotH = m.plot.y1 - m.plot.y0;
          assert.ok(plotH >= 139, `${m.id}: plot ${plotH} px tall in a ${m.chart} px chart`);
          if (!m.id.startsWith('targets')) assert.ok(m.dataTop <= m.plot.y0 + plotH / 2, `${m.id}: data reach ${m.dataTop - m.plot.y0} px below the top of a ${plotH} px plot`);
        }
        assert.deepEqual(m.hidden, [], `${m.id}: words hidden or outside the widget`);
        assert.ok(Math.abs(m.backing - drawnRatio(ratio, m.area)) < 0.02, `${m.id}: backing store ${m.backing}x at ratio ${ratio}`);
        assert.equal(m.theme, scheme, `${m.id}: theme`);
        if (m.asked) {
          assert.ok(m.widget >= m.asked - 1, `${m.id}: ${m.widget} px, asked for ${m.asked}`);
          // It grows past the height only to keep a readable chart.
          if (m.widget > m.asked + 1) assert.ok(m.chart <= m.least + 1, `${m.id}: grew to ${m.widget} px with a ${m.chart} px chart (least ${m.least})`);
        }
      }
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
}

test('smallest visible chart over the matrix', () => {
  console.log(`# smallest chart over the matrix: ${smallest} px`);
  assert.ok(smallest >= 150);
});

test('every target keeps its value label on a phone, in English and in Urdu', async () => {
  // Target values are drawn as labels ("$5bn", "5 ارب ڈالر"); 314 px wide
  // the Urdu chart once dropped FY2025-26's: FY2024-25's label sat on its
  // line. Every width a phone has, against the labels a desktop gets.
  const widths = [288, 300, 304, 314, 320, 330, 344, 360, 375, 390, 414, 1200];
  for (const lang of ['en', 'ur']) {
    const page = await pageWith(widths.map((w) => `<div data-width="${w}"><pk-it-exports chart="targets"></pk-it-exports></div>`).join(''), { width: 1280, height: 900 }, lang);
    // Widths through the CSSOM: the page's CSP refuses style attributes.
    await page.$$eval('div[data-width]', (divs) => divs.forEach((d) => { d.style.width = `${d.dataset.width}px`; }));
    await page.waitForFunction(() => [...document.querySelectorAll('div[data-width]')].every((d) => {
      const e = d.firstElementChild;
      return e.dataset.state === 'ready' && e.shadowRoot.querySelector('figure').dataset.width === String(e.shadowRoot.querySelector('.frame').clientWidth) && e.getBoundingClientRect().width === Number(d.dataset.width);
    }), null, { timeout: 30000 });
    // A value in full, or where that would sit by another target's line,
    // as the axis writes it ("4.2 ارب"): compared by its number.
    const value = lang === 'en' ? /^\$([\d.]+)bn$/ : /^([\d.]+) ارب( ڈالر)?$/;
    // Inside the plot: not the axis' ticks ("$10bn" is one too).
    const labels = await page.$$eval('pk-it-exports', (els) => Promise.all(els.map(async (e) => {
      const { plot, labels: all } = await window.__pkLayout(e);
      return all.filter(({ rect: r }) => r.x0 >= plot.x0 && r.x1 <= plot.x1 && r.y0 >= plot.y0 && r.y1 <= plot.y1).map((l) => l.text);
    })));
    const targets = labels.map((texts) => texts.map((t) => value.exec(t.replace(/[\u2066-\u2069]/g, ''))?.[1]).filter(Boolean).sort());
    const desktop = targets[widths.indexOf(1200)];
    assert.ok(desktop.length >= 4, `${lang}: ${desktop} at 1200 px`);
    widths.forEach((w, i) => assert.deepEqual(targets[i], desktop, `${lang} at ${w} px`));
    await page.context().close();
  }
});

/**
 * A page on a phone (360 x 640) with a site's sticky 60 px header and the
 * scroll-padding that keeps what scrolls into view below it, `css` more of
 * the site's styles (a stylesheet: the strict CSP allows no inline style)
 * and `head` and `body` as given.
 */
async function stickyPage(name, css, head, body) {
  const page = await env.page({ width: 360, height: 640 });
  await page.route(`**/${name}.css`, (route) => route.fulfill({
    contentType: 'text/css',
    body: `html { scroll-padding-top: 70px } header { position: sticky; top: 0; height: 60px; background: #ddd; z-index: 5 } .tall { height: 900px } ${css}`,
  }));
  await page.route(`**/${name}.html`, (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': STRICT_CSP },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${name}.css">${head}</head><body><header>Site</header>${body}</body></html>`,
  }));
  await page.goto(`${env.url}/${name}.html`);
  return page;
}

test('a point a key selects off screen is scrolled into view in a scrolling box, and below a sticky header', async () => {
  const page = await stickyPage('scroll', '#box { height: 400px; overflow: auto }',
    '<link rel="stylesheet" href="host.css"><script type="module" src="embed.js"></script>',
    '<p>Before.</p><div id="box"><pk-it-exports id="inbox" chart="compared"></pk-it-exports></div>'
    + '<p>After.</p><pk-it-exports id="page" chart="compared"></pk-it-exports><p class="tall">After.</p>');
  await allDrawn(page);
  /** The selected mark's box on screen, and what shows it: the viewport, the box. */
  const seen = (id) => page.$eval(`#${id}`, async (e) => {
    const figure = e.shadowRoot.querySelector('figure');
    const { marks } = await window.__pkLayout(e);
    const { rect } = marks[Number(figure.dataset.selected)];
    const top = figure.querySelector('canvas').getBoundingClientRect().top;
    const box = document.getElementById('box').getBoundingClientRect();
    return { top: top + rect.y0, bottom: top + rect.y1, box: [box.top, box.bottom], scrollY, inner: innerHeight };
  });
  // In a box that scrolls (an article's panel, a modal <dialog>), the box
  // scrolls to the mark, and the page stays where it is: the page's own
  // scroll left the mark hidden in the box and the box off screen.
  await page.$eval('#inbox', (e) => e.shadowRoot.querySelector('.frame').focus());
  const before = await page.evaluate(() => scrollY);
  await page.keyboard.press('End');
  let m = await seen('inbox');
  assert.ok(m.top >= m.box[0] && m.bottom <= m.box[1], `the mark (${m.top}-${m.bottom}) inside the box (${m.box})`);
  assert.ok(Math.abs(m.scrollY - before) < 100, `the page scrolled from ${before} to ${m.scrollY}: ${JSON.stringify(m)}`);
  // On the page, below a sticky header (the page's scroll-padding).
  await page.$eval('#page', (e) => e.shadowRoot.querySelector('.frame').focus());
  for (const key of ['End', 'Home']) {
    await page.keyboard.press(key);
    m = await seen('page');
    assert.ok(m.top >= 60 && m.bottom <= m.inner, `${key}: the mark (${m.top}-${m.bottom}) between the header and the screen's foot`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('in a widget iframe, a key\'s point and its tooltip are scrolled into the article\'s screen', async () => {
  const page = await stickyPage('iframe-scroll', 'iframe { border: 0; width: 100% }',
    '<script type="module" src="iframe-host.js"></script>',
    '<p class="tall">Before.</p><iframe data-pk-it-exports src="embed.html?chart=compared&amp;height=1500" title="Comparisons" height="1500"></iframe>'
    + '<p class="tall">After.</p>');
  const frame = await (await page.$('iframe')).contentFrame();
  await frame.waitForFunction(() => Number(document.querySelector('pk-it-exports')?.shadowRoot.querySelector('figure').dataset.renders) > 0);
  await frame.$eval('pk-it-exports', (e) => e.chart.described());
  await frame.$eval('pk-it-exports', (e) => e.shadowRoot.querySelector('.frame').focus());
  for (const key of ['End', 'Home', 'ArrowRight']) {
    await page.keyboard.press(key);
    const top = await page.$eval('iframe', (f) => f.getBoundingClientRect().top);
    const tip = await frame.$eval('pk-it-exports', (e) => {
      const r = e.shadowRoot.querySelector('.tooltip').getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    const [t, b] = [top + tip.top, top + tip.bottom];
    assert.ok(t >= 60 && b <= 640, `${key}: the tooltip at ${t}-${b} px of the article's 640 px screen, below its 60 px header`);
  }
  // The article's Escape reaches a tooltip open in the iframe (a key goes
  // to the focused document only; iframe-host.js passes it on).
  await page.$eval('p.tall', (p) => { p.tabIndex = -1; p.focus({ preventScroll: true }); });
  const [x, y] = await frame.$eval('pk-it-exports', async (e) => {
    await e.chart.described();
    const { rect: r } = e.chart.point(1);
    const c = e.shadowRoot.querySelector('canvas').getBoundingClientRect();
    return [c.left + (r.x0 + r.x1) / 2, c.top + (r.y0 + r.y1) / 2];
  });
  const box = await page.$eval('iframe', (f) => f.getBoundingClientRect().toJSON());
  // Hovered until its tooltip shows: a redraw (the host's scheme arriving
  // late on a loaded machine) closes a tooltip, and a resting mouse does
  // not open it again.
  for (let tries = 0; ; tries += 1) {
    await page.mouse.move(box.left + x + (tries % 2), box.top + y);
    const shown = await frame.waitForFunction(() => !document.querySelector('pk-it-exports').shadowRoot.querySelector('.tooltip').hidden, null, { timeout: 3000 }).then(() => true, () => false);
    if (shown) break;
    assert.ok(tries < 5, 'the hovered point\'s tooltip shows');
  }
  await page.keyboard.press('Escape');
  await frame.waitForFunction(() => document.querySelector('pk-it-exports').shadowRoot.querySelector('.tooltip').hidden, null, { timeout: 5000 });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a fiscal year or a span of months never breaks across lines in a widget\'s words, at any phone width', async () => {
  // Found by a visual sweep: "FY2022-" / "23" and "(Jul–" / "Feb)" at 320 px.
  const page = await pageWith('<pk-it-exports chart="annual"></pk-it-exports><pk-it-exports chart="growth"></pk-it-exports><pk-it-exports chart="targets"></pk-it-exports>',
    { width: 400, height: 740 });
  await allDrawn(page);
  const split = await page.$$eval('pk-it-exports', (els) => {
    const out = new Set();
    for (let width = 250; width <= 380; width += 2) {
      for (const e of els) {
        e.style.width = `${width}px`;
        for (const slot of e.shadowRoot.querySelectorAll('[data-text]')) {
          const node = slot.firstChild;
          if (!node || node.nodeType !== 3) continue;
          for (const m of node.data.matchAll(/FY\d{4}-\u2060?\d{2}|[A-Z][a-z]{2}\u2013\u2060?[A-Z][a-z]{2}/g)) {
            const r = document.createRange();
            r.setStart(node, m.index);
            r.setEnd(node, m.index + m[0].length);
            if (new Set([...r.getClientRects()].map((q) => Math.round(q.top))).size > 1) out.add(`${m[0]} at ${width}px`);
          }
        }
      }
    }
    return [...out];
  });
  assert.deepEqual(split, []);
  await page.context().close();
});

test('the data table opens without shrinking the chart; every row and column is reachable by keyboard and scrolling', async () => {
  const page = await pageWith('<pk-it-exports id="a" chart="annual" height="380"></pk-it-exports><p id="next">after</p>'
    + '<pk-it-exports id="u" chart="monthly" lang="ur"></pk-it-exports><pk-it-exports id="m" chart="monthly"></pk-it-exports>'
    + '<pk-it-exports id="g" chart="growth" lang="ur"></pk-it-exports>',
  { width: 360, height: 740, deviceScaleFactor: 3, hasTouch: true });
  await allDrawn(page);
  // On a phone the open table's box fits the widget and scrolls sideways,
  // in English and Urdu: it was as wide as the table (544 px), cut off at
  // the page's edge with its last columns (Urdu: its first) out of reach.
  for (const id of ['a', 'u', 'm', 'g']) {
    const box = await page.$eval(`#${id}`, async (e) => {
      e.shadowRoot.querySelector('details').open = true;
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      const w = e.shadowRoot.querySelector('.table-wrap');
      const r = w.getBoundingClientRect();
      // A column heading on more than one line was broken inside its word
      // ("Serie s", "Perio d": the widget lets words break anywhere).
      // Nor a period or series ("FY2024-" / "25").
      const lines = (cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map((q) => Math.round(q.top))).size;
      };
      const split = [...w.querySelectorAll('thead th, tbody th, tbody td:first-child')].filter((c) => lines(c) > 1).map((c) => c.textContent);
      // And no row several lines taller than its text needs: Urdu's
      // growth cell did not wrap, and squeezed the sources to five lines.
      const tallest = Math.max(...[...w.querySelectorAll('tbody td')].map(lines));
      e.shadowRoot.querySelector('details').open = false;
      // Urdu's growth cell has room to wrap its words, but an empty one
      // (the growth chart's own rates have no growth of their own; its
      // quoted rates have the computed rate and the verdict) adds no room.
      const growth = [...w.querySelectorAll('tbody td:nth-child(4)')];
      const emptyGrowth = growth.every((c) => !c.textContent) && Math.round(w.querySelector('thead th:nth-child(4)').getBoundingClientRect().width);
      const filled = growth.filter((c) => c.textContent).length;
      return { left: r.left, right: r.right, page: document.documentElement.clientWidth, client: w.clientWidth, scroll: w.scrollWidth, split, tallest, emptyGrowth, filled, rows: growth.length };
    });
    assert.ok(box.left >= 0 && box.right <= box.page, `${id}: the table's box at ${box.left}-${box.right} px on a ${box.page} px page`);
    assert.ok(box.scroll > box.client, `${id}: the table (${box.scroll} px) scrolls in its ${box.client} px box`);
    assert.deepEqual(box.split, [], `${id}: headings, periods or series broken across lines`);
    assert.ok(box.tallest <= 5, `${id}: a cell on ${box.tallest} lines`);
    assert.ok(box.emptyGrowth === false || box.emptyGrowth < 80, `${id}: an empty growth column ${box.emptyGrowth} px wide`);
    if (id === 'g') assert.ok(box.filled >= 4 && box.filled < box.rows, `the growth chart's table: a growth cell for its ${box.filled} quoted rates alone, of ${box.rows} rows`);
  }
  const chartHeight = () => page.$eval('#a', (e) => e.shadowRoot.querySelector('.frame canvas').getBoundingClientRect().height);
  const before = await chartHeight();
  await page.$eval('#a', (e) => e.shadowRoot.querySelector('summary').click());
  await page.waitForTimeout(300);
  assert.equal(await chartHeight(), before, 'chart height with the table open');
  // Keyboard: Tab reaches the scroll box; End scrolls it to its last row.
  const wrap = await page.evaluateHandle(() => document.getElementById('a').shadowRoot.querySelector('.table-wrap'));
  assert.equal(await wrap.evaluate((w) => w.tabIndex), 0);
  await wrap.evaluate((w) => w.focus());
  await page.keyboard.press('End');
  await page.waitForTimeout(300);
  const last = await wrap.evaluate((w) => {
    const rows = w.querySelectorAll('tbody tr');
    const r = rows[rows.length - 1].getBoundingClientRect();
    const b = w.getBoundingClientRect();
    return { rows: rows.length, visible: r.bottom <= b.bottom + 1 && r.top >= b.top - 1, scrolled: w.scrollTop };
  });
  assert.ok(last.rows >= 14, `${last.rows} rows`);
  assert.ok(last.visible, `last row reachable (scrollTop ${last.scrolled})`);
  await page.screenshot({ path: `${OUT}/table-open-360.png`, fullPage: true });
  // Wide, the closed table's switch shares the buttons' row and, open,
  // moves to a row of its own with the table: that row is not the
  // chart's to give either (at 800 px it was: 578 -> 548 px).
  await page.$eval('#a', (e) => {
    e.shadowRoot.querySelector('details').open = false;
    // Room to spare, so the chart takes what the words leave it.
    e.setAttribute('height', '900');
  });
  await page.setViewportSize({ width: 800, height: 740 });
  await page.waitForFunction(() => Number(document.getElementById('a').shadowRoot.querySelector('figure').dataset.width) > 700);
  await page.waitForTimeout(300);
  const wide = await chartHeight();
  await page.$eval('#a', (e) => e.shadowRoot.querySelector('summary').click());
  await page.waitForTimeout(300);
  assert.equal(await chartHeight(), wide, 'chart height with the table open at 800 px');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('each chart is named by its title; a height out of range holds no room; printed, a chart keeps its proportions and a dark one is light', async () => {
  const page = await pageWith('<pk-it-exports id="a" chart="annual" height="8600"></pk-it-exports>'
    + '<pk-it-exports id="b" chart="growth" height="520"></pk-it-exports><p id="next">after</p>'
    + '<pk-it-exports id="c" chart="monthly" theme="dark"></pk-it-exports>', { width: 414, height: 800 });
  await allDrawn(page);
  // A screen reader tabbing from chart to chart hears each one's title
  // (both were "Interactive chart"), told it is an interactive chart.
  const titles = await page.$$eval('pk-it-exports', (els) => els.map((e) => e.shadowRoot.querySelector('.title').textContent.replace(/\u2060/g, '')));
  assert.notEqual(titles[0], titles[1]);
  for (const title of titles) {
    const group = page.getByRole('group', { name: title, exact: true });
    assert.equal(await group.count(), 1, `a chart named "${title}"`);
    assert.equal(await group.getAttribute('aria-roledescription'), 'Interactive chart');
  }
  // height="8600", a typo: said, and the chart drawn at its own height,
  // without host.css's 4,000 px reserved around it.
  const typo = await page.$eval('#a', (e) => ({
    message: e.shadowRoot.querySelector('.message').textContent,
    box: e.getBoundingClientRect().height,
    widget: e.shadowRoot.querySelector('.widget').getBoundingClientRect().height,
  }));
  assert.match(typo.message, /height/);
  assert.ok(typo.box <= typo.widget + 1, `the element is ${typo.box} px around a ${typo.widget} px widget`);
  // A dark widget (theme="dark", or "auto" on a dark page) prints light:
  // paper is white, and printed without its background (the browser's
  // default) its light labels all but vanished. Its words take the light
  // colours, and its chart is drawn light as printing starts (beforeprint,
  // which a browser dispatches before it prints), dark again after.
  const look = () => page.$eval('#c', (e) => ({
    background: getComputedStyle(e.shadowRoot.querySelector('.widget')).backgroundColor,
    title: getComputedStyle(e.shadowRoot.querySelector('.title')).color,
    drawn: e.chart.options.theme,
    corner: [...e.shadowRoot.querySelector('.frame canvas').getContext('2d').getImageData(1, 1, 1, 1).data].join(),
  }));
  const dark = { background: 'rgb(18, 20, 23)', title: 'rgb(232, 233, 236)', drawn: 'dark', corner: '18,20,23,255' };
  assert.deepEqual(await look(), dark);
  // Printed, the column takes the paper's width at once, before any
  // redraw: the canvas keeps its drawing's proportions.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  assert.deepEqual(await look(), { background: 'rgb(255, 255, 255)', title: 'rgb(29, 29, 31)', drawn: 'light', corner: '255,255,255,255' });
  // Paper cannot hover: a tooltip left open (a tap leaves one on a phone) and its highlight are not printed.
  assert.deepEqual(await page.$eval('#b', (e) => ['.tooltip', '.overlay'].map((s) => getComputedStyle(e.shadowRoot.querySelector(s)).display)), ['none', 'none']);
  const printed = await page.$eval('#b', (e) => {
    document.querySelector('main').style.width = '300px';
    const canvas = e.shadowRoot.querySelector('.frame canvas');
    const r = canvas.getBoundingClientRect();
    const buttons = [...e.shadowRoot.querySelectorAll('.chart-tools button')].map((b) => getComputedStyle(b).display);
    return { shown: r.width / r.height, drawn: canvas.width / canvas.height, width: r.width, buttons };
  });
  assert.equal(printed.width, 300);
  assert.ok(Math.abs(printed.shown / printed.drawn - 1) < 0.01, `printed ${printed.shown.toFixed(3)}, drawn ${printed.drawn.toFixed(3)}`);
  assert.deepEqual([...new Set(printed.buttons)], ['none']);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  assert.deepEqual(await look(), dark);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('theme="auto" restyles the whole widget when the reader\'s scheme flips; its buttons\' edges keep 3:1', async () => {
  const page = await pageWith('<pk-it-exports id="a" chart="monthly" theme="auto" height="520"></pk-it-exports>', { width: 414, colorScheme: 'light' });
  await allDrawn(page);
  const look = () => page.$eval('#a', (e) => {
    const r = e.shadowRoot;
    const widget = r.querySelector('.widget');
    return {
      theme: widget.dataset.theme,
      bg: getComputedStyle(widget).backgroundColor,
      title: getComputedStyle(r.querySelector('.title')).color,
      control: getComputedStyle(r.querySelector('.controls label')).color,
      tooltip: getComputedStyle(r.querySelector('.tooltip')).backgroundColor,
      button: getComputedStyle(r.querySelector('.chart-tools button')).borderTopColor,
      // The chart's own drawing, not only the words around it.
      canvas: r.querySelector('.frame canvas').toDataURL(),
    };
  });
  // WCAG's contrast of two rgb() colours: a button's edge needs 3:1 (1.4.11).
  const contrast = (a, b) => {
    const lum = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const light = await look();
  const renders = await page.$eval('#a', (e) => Number(e.shadowRoot.querySelector('figure').dataset.renders));
  await page.emulateMedia({ colorScheme: 'dark' });
  // Until the scheme's change event has reached the widget and its chart
  // has drawn again (the handle's options resolve "auto" as they are read,
  // so they say dark before any listener has run).
  await page.waitForFunction((before) => {
    const r = document.getElementById('a').shadowRoot;
    return r.querySelector('.widget').dataset.theme === 'dark' && Number(r.querySelector('figure').dataset.renders) > before;
  }, renders, { timeout: 10000 });
  const dark = await look();
  assert.equal(light.theme, 'light');
  assert.equal(dark.theme, 'dark');
  for (const k of ['bg', 'title', 'control', 'tooltip', 'button', 'canvas']) assert.notEqual(dark[k], light[k], `${k} restyled`);
  for (const look of [light, dark]) assert.ok(contrast(look.button, look.bg) >= 3, `${look.theme}: a button's border ${look.button} on ${look.bg}: ${contrast(look.button, look.bg).toFixed(2)}:1`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('theme="auto" (and no theme) matches the page: light in a light-only article for a reader who prefers dark, dark on a dark site for one who prefers light, dark in a dark callout, and a site\'s own dark mode live', async () => {
  // Each page's own stylesheet, as a site's (the strict CSP allows no inline style).
  // And on each, a dark callout box (light text on a dark panel), as
  // articles set a chart apart: a widget in it is dark on any page.
  const CALLOUT = ' .callout { background: #1e293b; color: #f1f5f9; padding: 1rem; }';
  const SITES = {
    'light.css': `body { background: #fff; color: #222; }${CALLOUT}`,
    'dark.css': `html { background: #111418; color: #e6e6e6; }${CALLOUT}`,
    'own-dark-mode.css': `body { background: #fafafa; color: #1a1a1a; } @media (prefers-color-scheme: dark) { body { background: #16181c; color: #ececec; } }${CALLOUT}`,
  };
  const themes = async (site, colorScheme) => {
    const page = await env.page({ width: 414, colorScheme });
    await page.route('**/site.css', (route) => route.fulfill({ contentType: 'text/css', body: SITES[site] }));
    // No color-scheme declared: a site without a dark mode, as most are.
    await page.route('**/matrix.html', (route) => route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': STRICT_CSP },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="site.css"><script type="module" src="embed.js"></script></head>
<body><main><pk-it-exports id="a" chart="annual" theme="auto" height="520"></pk-it-exports><pk-it-exports id="b" chart="monthly"></pk-it-exports>
<div class="callout"><pk-it-exports id="c" chart="growth" height="520"></pk-it-exports></div></main></body></html>`,
    }));
    await page.goto(`${env.url}/matrix.html`);
    await allDrawn(page);
    const read = () => page.$$eval('pk-it-exports', (els) => els.map((e) => e.shadowRoot.querySelector('.widget').dataset.theme));
    return { page, read };
  };
  for (const [site, scheme, want] of [['light.css', 'dark', 'light'], ['dark.css', 'light', 'dark'], ['own-dark-mode.css', 'dark', 'dark'], ['own-dark-mode.css', 'light', 'light']]) {
    const { page, read } = await themes(site, scheme);
    // Each widget reads where it sits: the callout's is dark whatever the page.
    assert.deepEqual(await read(), [want, want, 'dark'], `${site}, a reader who prefers ${scheme}`);
    // The chart draws in it too: its canvas's corner is the widget's background.
    const corner = await page.$eval('#a', (e) => [...e.shadowRoot.querySelector('.frame canvas').getContext('2d').getImageData(1, 1, 1, 1).data].slice(0, 3));
    assert.ok(want === 'dark' ? Math.max(...corner) < 80 : Math.min(...corner) > 180, `${site}: canvas corner ${corner}`);
    if (site === 'own-dark-mode.css' && scheme === 'dark') {
      // The site's dark mode follows the reader's switch, and the widgets with it.
      await page.emulateMedia({ colorScheme: 'light' });
      await page.waitForFunction(() => ['a', 'b'].every((id) => document.getElementById(id).shadowRoot.querySelector('.widget').dataset.theme === 'light'), null, { timeout: 10000 });
      assert.deepEqual(await read(), ['light', 'light', 'dark']);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('a tapped mark keeps its tooltip off it, inside the widget and the viewport; the same point is announced again', async () => {
  const page = await pageWith('<pk-it-exports id="a" chart="annual" height="420"></pk-it-exports>', { width: 360, height: 740, deviceScaleFactor: 3, hasTouch: true });
  await allDrawn(page);
  const layout = await page.$eval('#a', (e) => window.__pkLayout(e));
  const canvasBox = await page.$eval('#a', (e) => e.shadowRoot.querySelector('.frame canvas').getBoundingClientRect().toJSON());
  const checked = [];
  for (const mark of [layout.marks[0], layout.marks[Math.floor(layout.marks.length / 2)], layout.marks[layout.marks.length - 1]]) {
    const x = canvasBox.x + (mark.rect.x0 + mark.rect.x1) / 2;
    const y = canvasBox.y + Math.max(mark.rect.y0 + 2, (mark.rect.y0 + mark.rect.y1) / 2);
    await page.touchscreen.tap(x, y);
    await page.waitForTimeout(100);
    const tip = await page.$eval('#a', (e) => {
      const t = e.shadowRoot.querySelector('.tooltip');
      return { hidden: t.hidden, r: t.getBoundingClientRect().toJSON(), widget: e.shadowRoot.querySelector('.widget').getBoundingClientRect().toJSON() };
    });
    assert.equal(tip.hidden, false, 'tooltip shown on tap');
    // And said, as the keyboard's choice is.
    assert.ok((await page.$eval('#a', (e) => e.shadowRoot.querySelector('[aria-live]').textContent)).length > 10, 'a tap is announced');
    const m = { x0: canvasBox.x + mark.rect.x0, x1: canvasBox.x + mark.rect.x1, y0: canvasBox.y + mark.rect.y0, y1: canvasBox.y + mark.rect.y1 };
    const overlap = Math.max(0, Math.min(tip.r.right, m.x1) - Math.max(tip.r.left, m.x0)) * Math.max(0, Math.min(tip.r.bottom, m.y1) - Math.max(tip.r.top, m.y0));
    assert.equal(overlap, 0, `tooltip covers the tapped mark ${mark.period?.label ?? ''}`);
    assert.ok(tip.r.left >= Math.max(0, tip.widget.left) - 0.5 && tip.r.right <= Math.min(360, tip.widget.right) + 0.5, 'inside horizontally');
    assert.ok(tip.r.top >= Math.max(0, tip.widget.top) - 0.5 && tip.r.bottom <= Math.min(740, tip.widget.bottom) + 0.5, 'inside vertically');
    checked.push(mark.value);
  }
  assert.equal(checked.length, 3);
  // Keyboard: the same point twice is announced twice.
  await page.$eval('#a', (e) => {
    const live = e.shadowRoot.querySelector('[aria-live]');
    window.__announced = 0;
    new MutationObserver(() => { window.__announced += 1; }).observe(live, { childList: true, subtree: true, characterData: true });
    e.shadowRoot.querySelector('.frame').focus();
  });
  await page.keyboard.press('End');
  await page.keyboard.press('End');
  await page.waitForTimeout(100);
  assert.ok(await page.evaluate(() => window.__announced) >= 2, 'announced on each move, even to the same point');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('every bad attribute gets its reason in that widget; the chart still draws', async () => {
  const page = await pageWith(`
    <pk-it-exports id="c" chart="monthly" cumulative="maybe"></pk-it-exports>
    <pk-it-exports id="t" chart="annual" src="/data.json" src-timeout="abc"></pk-it-exports>
    <pk-it-exports id="s" chart="annual" show-title="no" height="abc"></pk-it-exports>
    <pk-it-exports id="ok" chart="growth"></pk-it-exports>`, { width: 600 });
  await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state));
  await page.waitForFunction(() => document.getElementById('ok').dataset.state === 'ready');
  const message = (id) => page.$eval(`#${id}`, (e) => e.shadowRoot.querySelector('.message').textContent);
  assert.equal(await message('c'), 'cumulative: "maybe" is not one of false, true');
  assert.match(await message('t'), /^src-timeout: "abc" is not a number of milliseconds from 1 to 60000/);
  assert.match(await message('s'), /show-title: "no" is not one of true, false/);
  assert.match(await message('s'), /height: "abc" is not a number of CSS pixels from 200 to 4000/);
  assert.equal(await message('ok'), '');
  for (const id of ['c', 's']) {
    assert.ok(await page.$eval(`#${id}`, (e) => e.shadowRoot.querySelector('.frame canvas').width > 0), `${id} still charted`);
  }
  assert.deepEqual(page.errors.filter((e) => !/404|Failed to load/.test(e)), []);
  await page.context().close();
});

test('with the wasm blocked, a fixed-height widget shows its whole fallback; the message says what follows', async () => {
  const page = await env.page({ width: 360, height: 740 });
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${env.url}/example-article.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state === 'error'));
  const widgets = await page.$$eval('pk-it-exports', (els) => els.map((e) => {
    const r = e.shadowRoot;
    const box = r.querySelector('.widget').getBoundingClientRect();
    const table = e.querySelector('table');
    const t = table.getBoundingClientRect();
    return {
      message: r.querySelector('.message').textContent,
      tableInside: t.height > 0 && t.bottom <= box.bottom + 0.5,
      rows: table.querySelectorAll('tbody tr').length,
    };
  }));
  for (const w of widgets) {
    assert.equal(w.message, 'The interactive chart could not load. Its figures and sources follow.');
    assert.ok(w.tableInside, 'the fallback table is whole');
    assert.ok(w.rows > 3);
  }
  await page.screenshot({ path: `${OUT}/article-360-wasm-blocked.png`, fullPage: true });
  await page.context().close();
});

test('the story page without its wasm shows every chart image, the checks and the figures from the build, and says what failed', async () => {
  const page = await env.page({ width: 360, height: 740 });
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${env.url}/`);
  await page.waitForFunction(() => document.documentElement.classList.contains('failed'));
  const seen = await page.evaluate(() => ({
    images: [...document.querySelectorAll('.pk-static img')].filter((i) => i.getBoundingClientRect().height > 50).length,
    checks: document.querySelectorAll('#checks tbody tr').length,
    figures: document.querySelectorAll('#figures tbody tr:not(.group)').length,
    summary: document.getElementById('checks-summary').textContent,
    status: document.getElementById('status').textContent,
    emptyBoxes: [...document.querySelectorAll('.chart > .frame')].filter((f) => f.getBoundingClientRect().height > 0).length,
  }));
  assert.equal(seen.images, 5, 'each chart\'s build-time image');
  assert.ok(seen.checks >= 10, `${seen.checks} checks`);
  assert.ok(seen.figures >= 40, `${seen.figures} figures`);
  assert.match(seen.summary, /^Of \d+ checks/);
  assert.match(seen.status, /^The interactive charts could not load \(.+\)\. The chart images, figures and checks on this page are as of its last build\.$/);
  assert.equal(seen.emptyBoxes, 0, 'no empty chart boxes');
  await page.screenshot({ path: `${OUT}/page-360-wasm-blocked.png`, fullPage: false });
  await page.context().close();
});

test('the story page without JavaScript shows the same build-time copies', async () => {
  const page = await env.page({ width: 360, height: 740, javaScriptEnabled: false });
  await page.goto(`${env.url}/`);
  const seen = await page.evaluate(() => ({
    images: [...document.querySelectorAll('.pk-static img')].filter((i) => i.getBoundingClientRect().height > 50).length,
    checks: document.querySelectorAll('#checks tbody tr').length,
    // Nothing is loading, and no table widens the page past the phone.
    loading: document.getElementById('status').getBoundingClientRect().height,
    // Each chart's section has its heading, written by the build.
    headings: [...document.querySelectorAll('.chart-section > h2')].filter((h) => h.getBoundingClientRect().height > 0 && h.textContent.trim().length > 5).length,
    pageWidth: document.documentElement.scrollWidth,
    // Each image at a phone's scale: drawn for a phone, not a 640 px
    // image shrunk until its labels are 6 px.
    scales: [...document.querySelectorAll('.pk-static img')].map((i) => i.getBoundingClientRect().width / i.naturalWidth),
  }));
  assert.equal(seen.images, 5);
  assert.ok(seen.scales.every((s) => s >= 0.85), `images at ${seen.scales.map((s) => s.toFixed(2))} of their size`);
  assert.ok(seen.checks >= 10);
  assert.equal(seen.loading, 0, '"Loading the data" shown without JavaScript');
  assert.equal(seen.headings, 5, 'every chart section has its visible heading');
  assert.ok(seen.pageWidth <= 360, `the page is ${seen.pageWidth} px wide on a 360 px phone`);
  await page.context().close();
});

test('a phone reader: a scroll past a chart opens nothing, a tap opens and a second closes, the control stays under the finger, the tables fit, the place and the image survive', async () => {
  const page = await pageWith('<pk-it-exports id="a" chart="annual"></pk-it-exports><pk-it-exports id="m" chart="monthly"></pk-it-exports><pk-it-exports id="c" chart="compared"></pk-it-exports>',
    { width: 360, height: 740, deviceScaleFactor: 3, hasTouch: true });
  await allDrawn(page);
  const centre = async (id, i) => {
    const layout = await page.$eval(`#${id}`, (e) => window.__pkLayout(e));
    const box = await page.$eval(`#${id}`, (e) => e.shadowRoot.querySelector('.frame canvas').getBoundingClientRect().toJSON());
    const r = layout.marks[i].rect;
    return { x: box.x + (r.x0 + r.x1) / 2, y: box.y + Math.max(r.y0 + 2, (r.y0 + r.y1) / 2) };
  };
  const state = (id) => page.$eval(`#${id}`, (e) => ({ selected: e.shadowRoot.querySelector('figure').dataset.selected, tip: e.shadowRoot.querySelector('.tooltip').hidden ? null : e.shadowRoot.querySelector('.tooltip').textContent }));
  // A finger that lands on a bar to scroll the page past the chart: no tooltip.
  await page.$eval('#a', (e) => e.scrollIntoView({ block: 'center' }));
  const bar = await centre('a', 9);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.synthesizeScrollGesture', { x: Math.round(bar.x), y: Math.round(bar.y), yDistance: -200, gestureSourceType: 'touch', speed: 800 });
  await page.waitForTimeout(200);
  assert.deepEqual(await state('a'), { selected: '', tip: null }, 'a scroll that starts on a bar selects nothing');
  // A tap opens its tooltip, words unbroken at their hyphens; the same tap again closes it.
  const again = await centre('a', 9);
  await page.touchscreen.tap(again.x, again.y);
  await page.waitForFunction(() => !document.getElementById('a').shadowRoot.querySelector('.tooltip').hidden);
  assert.match((await state('a')).tip, /FY\d{4}-\u2060\d{2}/, 'a word joiner after the hyphen');
  await page.touchscreen.tap(again.x, again.y);
  await page.waitForFunction(() => document.getElementById('a').shadowRoot.querySelector('.tooltip').hidden);
  // The control just tapped stays where it was when the takeaway above the chart is rewritten.
  const control = () => page.$eval('#m', (e) => e.shadowRoot.querySelectorAll('.controls input')[1].getBoundingClientRect().toJSON());
  await page.$eval('#m', (e) => e.shadowRoot.querySelector('.controls').scrollIntoView({ block: 'center' }));
  const before = await control();
  const takeaway = await page.$eval('#m', (e) => e.shadowRoot.querySelector('.takeaway').textContent);
  await page.touchscreen.tap(before.x + before.width / 2, before.y + before.height / 2);
  await page.waitForFunction((t) => document.getElementById('m').shadowRoot.querySelector('.takeaway').textContent !== t, takeaway);
  const after = await control();
  assert.equal(after.y, before.y, 'the control did not move');
  // The comparisons' table fits a phone's reading: its growth column wraps.
  await page.$eval('#c', (e) => { e.shadowRoot.querySelector('details').open = true; });
  await page.waitForFunction(() => document.getElementById('c').shadowRoot.querySelector('table tbody tr'));
  const tableWidth = await page.$eval('#c', (e) => e.shadowRoot.querySelector('table').getBoundingClientRect().width);
  assert.ok(tableWidth < 800, `the compared table is ${tableWidth} px wide`);
  // The arrow keys keep their place over a rotation's redraw.
  await page.$eval('#a', (e) => e.shadowRoot.querySelector('.frame').focus());
  await page.keyboard.press('End');
  const last = Number((await state('a')).selected);
  const order = await page.$eval('#a', (e) => Array.from(e.chart.chart.navOrder()));
  const renders = await page.$eval('#a', (e) => Number(e.shadowRoot.querySelector('figure').dataset.renders));
  await page.setViewportSize({ width: 740, height: 360 });
  await page.waitForFunction((n) => Number(document.getElementById('a').shadowRoot.querySelector('figure').dataset.renders) > n, renders);
  await page.keyboard.press('ArrowLeft');
  assert.equal(Number((await state('a')).selected), order[order.indexOf(last) - 1], 'the point before the last');
  // The image downloaded on a 3x phone is as sharp as its screen.
  const width = await page.$eval('#a', (e) => Number(e.shadowRoot.querySelector('figure').dataset.width));
  const [download] = await Promise.all([page.waitForEvent('download'), page.$eval('#a', (e) => e.shadowRoot.querySelectorAll('.chart-tools button')[1].click())]);
  const { readFile } = await import('node:fs/promises');
  const png = await readFile(await download.path());
  assert.equal(png.readUInt32BE(16), width * 3, 'three times the display width');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('in a widget iframe, a tooltip stays on the reader\'s screen, not above it where the iframe goes on', async () => {
  const page = await stickyPage('iframe-tip', 'iframe { border: 0; width: 100% }',
    '<script type="module" src="iframe-host.js"></script>',
    '<p class="tall">Before.</p><iframe data-pk-it-exports src="embed.html?chart=monthly" title="Monthly" height="700"></iframe><p class="tall">After.</p>');
  const frame = await (await page.$('iframe')).contentFrame();
  await frame.waitForFunction(() => Number(document.querySelector('pk-it-exports')?.shadowRoot.querySelector('figure').dataset.renders) > 0);
  // The highest point (Dec 2025), put 90 px below the top of the article's screen.
  const [x, y] = await frame.$eval('pk-it-exports', async (e) => {
    await e.chart.described();
    let best = null;
    for (let i = 0, p; (p = e.chart.point(i)); i += 1) if (!best || p.rect.y0 < best.y0) best = p.rect;
    const c = e.shadowRoot.querySelector('canvas').getBoundingClientRect();
    return [c.left + (best.x0 + best.x1) / 2, c.top + (best.y0 + best.y1) / 2];
  });
  const frameTop = await page.$eval('iframe', (f) => f.getBoundingClientRect().top + scrollY);
  await page.evaluate((to) => window.scrollTo(0, to), frameTop + y - 90);
  await page.waitForTimeout(300);
  const box = await page.$eval('iframe', (f) => f.getBoundingClientRect().toJSON());
  await page.mouse.move(box.left + x, box.top + y);
  await frame.waitForFunction(() => !document.querySelector('pk-it-exports').shadowRoot.querySelector('.tooltip').hidden);
  const tip = await frame.$eval('pk-it-exports', (e) => e.shadowRoot.querySelector('.tooltip').getBoundingClientRect().toJSON());
  const [t, b] = [box.top + tip.top, box.top + tip.bottom];
  assert.ok(t >= 0 && b <= 640, `the tooltip at ${t}-${b} px of the article's 640 px screen`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

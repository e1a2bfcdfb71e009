// The reader's page: it loads the wasm module and shows the dataset and the
// checks from it, with no console error, at desktop and phone widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, OUT } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('the page shows every figure and every check, computed by the wasm module', async () => {
  const page = await env.page();
  await page.goto(`${env.url}/`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });

  const figures = await page.$$eval('#figures tbody tr:not(.group)', (rows) => rows.map((r) => r.textContent));
  // 80 records in the built-in dataset: 61 of layers 1 and 2, 19 of the
  // running year (tests/dataset.rs counts them against DATA.md).
  assert.equal(figures.length, 80);
  const fy25 = figures.find((t) => t.startsWith('FY2024-25') && t.includes('$3,810m'));
  assert.ok(fy25, 'FY2024-25 ICT row');
  assert.match(fy25, /\+18\.2%/, 'computed growth');
  assert.match(fy25, /brecorder\.com\/news\/40378736/, 'source');
  assert.ok(figures.some((t) => t.includes('$917.840m')), 'value shown as precisely as reported');
  assert.ok(figures.some((t) => t.includes('first reported as $2,123m')), 'revision marked');
  assert.ok(figures.some((t) => t.includes('derived: July-April')), 'derivation marked');

  const checks = await page.$$eval('#checks tbody tr', (rows) => rows.map((r) => [r.className, r.textContent]));
  const nov = checks.find(([, t]) => t.includes('Nov 2023 vs Nov 2022'));
  assert.ok(nov, 'November 2023 check');
  assert.equal(nov[0], 'verdict-doesNotReproduce');
  assert.match(nov[1], /\+13%/);
  assert.match(nov[1], /\+11\.2%/);
  const julFeb = checks.find(([, t]) => t.includes('Jul–Feb FY2020-21 vs Jul–Feb FY2019-20'));
  assert.equal(julFeb[0], 'verdict-rounding');
  assert.match(julFeb[1], /\+41\.43%.*\+41\.42%/);
  assert.match(await page.textContent('#checks-summary'), /^Of \d+ checks, \d+ reproduce exactly/);

  await page.screenshot({ path: `${OUT}/page-1200-light.png`, fullPage: false });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('printed on A4, every table fits the paper', async () => {
  // A4's printable width at 96 px an inch, the default margins taken off.
  const page = await env.page({ width: 718, height: 1000 });
  await page.goto(`${env.url}/`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });
  await page.emulateMedia({ media: 'print' });
  // Paper cannot scroll sideways: the checks table's Source column was cut off.
  const wide = await page.$$eval('.scroll table', (tables) => tables
    .map((t) => ({ id: t.querySelector('caption')?.id, over: t.getBoundingClientRect().right - document.documentElement.clientWidth }))
    .filter((t) => t.over > 1));
  assert.deepEqual(wide, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('at 320 px in dark mode nothing overflows the page; printed, it is light on white', async () => {
  const page = await env.page({ width: 320, height: 700, deviceScaleFactor: 2, colorScheme: 'dark' });
  await page.goto(`${env.url}/`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });
  // Tables scroll inside their own box; the page itself never scrolls sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(18, 20, 23)', 'dark theme applied');
  await page.screenshot({ path: `${OUT}/page-320-dark-dpr2.png` });
  // Paper is white: printed from a dark screen, the page takes the light
  // colours and its charts are drawn light (light labels all but vanished
  // on paper without the background).
  const corner = () => page.$eval('figure.chart canvas', (c) => [...c.getContext('2d').getImageData(1, 1, 1, 1).data].join());
  assert.equal(await corner(), '18,20,23,255');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
  assert.equal(await corner(), '255,255,255,255');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

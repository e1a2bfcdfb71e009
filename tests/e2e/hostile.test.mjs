// What an editor's data can do to a page (issue 11, item 8), in the browser:
// a data URL blocked by CORS, one that is not JSON, one too large to read,
// and big datasets that must not freeze the page. Each widget says what
// went wrong, naming the URL; the page and the other widgets carry on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';
import { serve } from '../../scripts/server.mjs';

let env;
let other; // another origin that sends no CORS header
before(async () => { env = await start(); other = await serve({ root: 'schema' }); });
after(async () => { await env?.stop(); await other?.close(); });

// Times are printed, not held to their 200 ms budget here: a test that
// times a busy 2-core machine flakes. The asserted bound (1 s) only catches
// what the budget is about: reading 50 MB, or work that grows out of hand.
const STALL = 1000;

/** The longest main-thread task from here on, in ms (long tasks are those over 50 ms). */
const watchLongTasks = (page) => page.addInitScript(() => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
});

async function pageWith(body, routes = {}) {
  const page = await env.page({ width: 700 });
  for (const [pattern, handler] of Object.entries(routes)) await page.route(pattern, handler);
  await page.route('**/hostile.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile</title><script type="module" src="embed.js"></script></head><body><main>${body}</main></body></html>`,
  }));
  await watchLongTasks(page);
  await page.goto(`${env.url}/hostile.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.dataset.state === 'ready'), null, { timeout: 20000 });
  return page;
}

const notice = (page, id) => page.$eval(`#${id}`, (e) => { const n = e.shadowRoot.querySelector('.notice'); return n.hidden ? '' : n.textContent; });

test('data URLs that fail: blocked, not JSON, too large; each named, the built-in figures charted', async () => {
  const big = 'x'.repeat(6 * 1024 * 1024);
  const elsewhere = `${other.url.replace('127.0.0.1', 'localhost')}/dataset.schema.json`;
  const page = await pageWith(`
    <pk-it-exports id="cors" chart="annual" src="${elsewhere}"></pk-it-exports>
    <pk-it-exports id="text" chart="annual" src="/not-json.json"></pk-it-exports>
    <pk-it-exports id="big" chart="annual" src="/big.json"></pk-it-exports>
    <pk-it-exports id="ok" chart="growth"></pk-it-exports>`, {
    '**/not-json.json': (route) => route.fulfill({ contentType: 'application/json', body: '<html>Not found</html>' }),
    '**/big.json': (route) => route.fulfill({ contentType: 'application/json', body: big }),
  });
  assert.ok((await notice(page, 'cors')).includes(`the data at ${elsewhere} could not be fetched`));
  assert.match(await notice(page, 'cors'), /could not be fetched; the site's Content Security Policy \(connect-src\) or the data server's CORS headers may block it/);
  assert.match(await notice(page, 'text'), /the data at http:\/\/127\.0\.0\.1:\d+\/not-json\.json is not JSON\)/);
  assert.match(await notice(page, 'big'), /the data at http:\/\/127\.0\.0\.1:\d+\/big\.json is larger than 5 MB; it was not read/);
  assert.equal(await notice(page, 'ok'), '');
  for (const id of ['cors', 'text', 'big']) {
    assert.ok(await page.$eval(`#${id}`, (e) => e.dataError instanceof Error), `${id}: dataError is an Error`);
  }
  assert.ok(await page.evaluate(() => window.__longest) < STALL, 'no long stall');
  await page.context().close();
});

test('a 50 MB response is refused unread, without stalling the page', async () => {
  const huge = Buffer.alloc(50 * 1024 * 1024, 0x20);
  const page = await pageWith('<pk-it-exports id="h" chart="annual" src="/huge.json"></pk-it-exports>', {
    '**/huge.json': (route) => route.fulfill({ contentType: 'application/json', body: huge }),
  });
  assert.match(await notice(page, 'h'), /is larger than 5 MB/);
  const longest = await page.evaluate(() => window.__longest);
  console.log(`# longest task with a 50 MB response: ${longest.toFixed(0)} ms`);
  assert.ok(longest < STALL, `longest task ${longest} ms`);
  await page.context().close();
});

test('the largest dataset the widget accepts parses and draws without stalling the page (time printed)', async () => {
  const page = await pageWith('<pk-it-exports id="d" chart="monthly"></pk-it-exports>');
  const result = await page.evaluate(async () => {
    const sources = [{ id: 's', outlet: 'Test', date: '2025-01-01', reference: 'example.org' }];
    const records = [];
    for (let m = 0; records.length < 2000; m += 1) {
      const year = 1900 + Math.floor(m / 12);
      records.push({ measure: 'ict', period: `${year}-${String((m % 12) + 1).padStart(2, '0')}`, value: 100 + (m % 50), source: 's' });
    }
    const widget = document.getElementById('d');
    // The build that reads custom data is fetched first, untimed.
    await widget.setData({ sources, records: records.slice(0, 24) });
    const t = performance.now();
    await widget.setData({ sources, records });
    return { ms: performance.now() - t, records: records.length };
  });
  await page.waitForTimeout(300);
  console.log(`# setData with ${result.records} records: ${result.ms.toFixed(0)} ms`);
  assert.ok(result.ms < STALL, `setData took ${result.ms} ms`);
  await page.context().close();
});

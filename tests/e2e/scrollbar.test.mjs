// Classic scrollbars (Windows and Linux desktops) take room from the page:
// a widget whose held room makes the page scroll is narrowed by the
// scrollbar that appears, after its chart's box was sized for the width
// before. Its own browser, since headless Chromium hides scrollbars.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

let env;
before(async () => { env = await start({ scrollbars: true }); });
after(() => env?.stop());

// The README's snippet, alone on a page that scrolls only once the widget
// holds its chart's room.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="preload" href="pkg/pk_it_exports_lite_bg.wasm" as="fetch" type="application/wasm" crossorigin>
<script type="module" src="embed.js"></script><style>body{margin:16px}</style></head>
<body><pk-it-exports chart="annual"></pk-it-exports><p id="after">After.</p></body></html>`;

test('a scrollbar that appears while the wasm downloads does not move the article when the chart draws', async () => {
  const page = await env.page({ width: 768, height: 700 });
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.route('**/scrollbar.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE }));
  await page.goto(`${env.url}/scrollbar.html`);
  const box = () => page.evaluate(() => {
    const c = document.querySelector('pk-it-exports').shadowRoot.querySelector('.frame canvas');
    return { page: document.documentElement.clientWidth, canvas: `${c.getBoundingClientRect().width}x${c.style.height}`, after: document.getElementById('after').getBoundingClientRect().top };
  });
  await page.waitForTimeout(500);
  const waiting = await box();
  assert.ok(waiting.page < 768, `a classic scrollbar took room: ${waiting.page}px`);
  release();
  await page.waitForFunction(() => document.querySelector('pk-it-exports').dataset.state === 'ready');
  assert.deepEqual(await box(), waiting, 'the chart drew in the room held for it');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

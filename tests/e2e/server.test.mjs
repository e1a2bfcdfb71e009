// The dev server that `bash scripts/serve.sh` runs (scripts/server.mjs), as a
// browser or a typed address meets it: no browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { serve } from '../../scripts/server.mjs';

/** The raw request (fetch would normalise "//" and escapes away). */
const get = (url, path) => new Promise((ok, fail) => {
  const { hostname, port } = new URL(url);
  request({ hostname, port, path }, (res) => {
    res.resume();
    res.on('end', () => ok({ status: res.statusCode, type: res.headers['content-type'], location: res.headers.location }));
  }).on('error', fail).end();
});

test('the dev server: folders without their slash redirect to it, odd paths are 4xx, never a 500', async () => {
  const { url, close } = await serve({ root: 'www' });
  try {
    assert.equal((await get(url, '/')).status, 200);
    // Was a 500: new URL("//", base) reads a host.
    assert.equal((await get(url, '//')).status, 200);
    // A folder's page at its own address, where its relative links resolve.
    assert.deepEqual(await get(url, '/ur?x=1'), { status: 301, type: undefined, location: '/ur/?x=1' });
    // Never to another host ("//ur/" would be one).
    assert.equal((await get(url, '//ur')).location, '/ur/');
    assert.equal((await get(url, '/ur/')).status, 200);
    // A malformed escape was a 500.
    assert.equal((await get(url, '/%E0%A4%A')).status, 400);
    assert.equal((await get(url, '/..%2f..%2fetc/passwd')).status, 404);
    assert.equal((await get(url, '/nope.js')).status, 404);
    const wasm = await get(url, '/pkg/pk_it_exports_lite_bg.wasm');
    assert.deepEqual([wasm.status, wasm.type], [200, 'application/wasm']);
  } finally {
    await close();
  }
});

// The npm package as a developer meets it: `npm pack` of pkg/, installed
// into a fresh directory, then used the three ways the README gives (the
// element bundled by esbuild and opened in Chromium, the API in Node, the
// types under tsc --strict with and without the DOM library).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile, copyFile, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { start, STRICT_CSP, OUT } from './harness.mjs';

const ROOT = resolve('.');
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
let dir;
let packed;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pk-consumer-'));
  [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: 'pkg', encoding: 'utf8' }));
  await writeFile(join(dir, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  // The tarball has no dependencies: this needs no registry.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', join(dir, packed.filename)], { cwd: dir });
  for (const f of ['usage.ts', 'usage-node.ts', 'node-use.mjs', 'element-app.js']) await copyFile(join('tests/pkg', f), join(dir, f));
});

after(() => rm(dir, { recursive: true, force: true }));

test('npm pack: exactly the files a developer needs, at the crate version', async () => {
  const files = packed.files.map((f) => f.path).sort();
  assert.deepEqual(files, [
    'CHANGELOG.md', 'LICENSE', 'README.md', 'dataset.schema.json', 'element.d.ts', 'element.js',
    'messages-ur.js', 'node.d.ts', 'node.js', 'package.json',
    'pk_it_exports.d.ts', 'pk_it_exports.js', 'pk_it_exports_bg.wasm',
    'pk_it_exports_ur.d.ts', 'pk_it_exports_ur.js', 'pk_it_exports_ur_bg.wasm', 'wasm.d.ts',
  ]);
  const cargo = await readFile('Cargo.toml', 'utf8');
  const meta = JSON.parse(await readFile(join(dir, 'node_modules/pk-it-exports/package.json'), 'utf8'));
  assert.equal(meta.version, cargo.match(/^version = "([^"]+)"/m)[1]);
  assert.equal(meta.license, 'MIT');
  const changelog = await readFile('CHANGELOG.md', 'utf8');
  assert.ok(changelog.includes(`## ${meta.version}`), `CHANGELOG.md has a section for ${meta.version}`);
  // Every file the exports map names is in the package.
  const targets = Object.values(meta.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  for (const t of targets) assert.ok(files.includes(t.replace('./', '')), `${t} is packed`);
});

test('Node: validate a good and a bad dataset, a chart\'s words and CSV, no canvas and no init()', () => {
  const out = execFileSync('node', ['node-use.mjs'], { cwd: dir, encoding: 'utf8' });
  console.log(out.split('\n').slice(0, 6).map((l) => `# ${l}`).join('\n'));
  assert.match(out, /^good: 2 records$/m);
  assert.match(out, /^bad: .*records\[0\]\.value: .*-5/m);
  assert.match(out, /^series,period,value,.*\r?\n.*\r?\nICT services,FY2024-25,3800,/m);
});

test('a function called before init() says what to do', () => {
  const script = "import { quoteChecks } from 'pk-it-exports'; try { quoteChecks(); } catch (e) { console.log(e.message); }";
  const out = execFileSync('node', ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
  assert.match(out, /not initialised: await init\(\).*pk-it-exports\/node/);
});

test('an app rendered on a server imports the element in Node without a throw (no DOM there)', () => {
  const script = "import('pk-it-exports/element').then((m) => console.log('imported', typeof m.setWasmUrls), (e) => console.log('threw', e.message));";
  const out = execFileSync('node', ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
  assert.equal(out.trim(), 'imported function');
});

test('init() twice at once loads one wasm (the element inits on import, an app too); a freed Chart says so, a second free() does nothing', () => {
  // Two loads under way at once, the second slower: before, the second
  // instance replaced the first under the Chart made with it.
  const script = `import init, { Chart } from 'pk-it-exports';
import { readFileSync } from 'node:fs';
const bytes = readFileSync('node_modules/pk-it-exports/pk_it_exports_bg.wasm');
const first = init({ module_or_path: bytes });
const second = init({ module_or_path: new Promise((r) => setTimeout(() => r(bytes), 200)) });
await first;
const chart = new Chart({ chart: 'annual' });
const before = chart.text().title;
await second;
console.log(chart.text().title === before ? 'one instance' : 'changed');
chart.free();
chart.free();
try { chart.text(); } catch (e) { console.log(e.message); }`;
  const out = execFileSync('node', ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
  assert.deepEqual(out.trim().split('\n'), ['one instance', 'pk-it-exports: this Chart was freed (free()); make a new one']);
});

test('types: tsc --strict with the DOM (browser API, element) and without it (Node)', () => {
  const tsc = (...args) => execFileSync(bin('tsc'), ['--noEmit', '--strict', '--skipLibCheck', 'false', ...args], { cwd: dir, encoding: 'utf8' });
  tsc('--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', 'usage.ts');
  tsc('--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--lib', 'es2022', '--types', '', 'usage-node.ts');
});

/** A TypeScript type for a JSON Schema node (the subset dataset.schema.json uses). */
function tsType(node) {
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (node.type === 'array') return `Array<${tsType(node.items)}>`;
  if (node.type === 'object') {
    assert.equal(node.additionalProperties, false, 'closed objects only');
    const required = new Set(node.required ?? []);
    return `{ ${Object.entries(node.properties).map(([k, v]) => `${k}${required.has(k) ? '' : '?'}: ${tsType(v)};`).join(' ')} }`;
  }
  return { string: 'string', number: 'number', integer: 'number', boolean: 'boolean' }[node.type];
}

test('the Dataset type and schema/dataset.schema.json describe the same shape', async () => {
  const schema = JSON.parse(await readFile(join(dir, 'node_modules/pk-it-exports/dataset.schema.json'), 'utf8'));
  await writeFile(join(dir, 'schema-check.ts'), `import type { Dataset } from 'pk-it-exports/node';
type FromSchema = ${tsType(schema)};
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
export const same: Same<Required<FromSchema>, Required<Dataset>> = true;
export const forth: FromSchema = {} as Dataset;
export const back: Dataset = {} as FromSchema;
`);
  execFileSync(bin('tsc'), ['--noEmit', '--strict', '--exactOptionalPropertyTypes', '--target', 'es2022', '--module', 'nodenext',
    '--moduleResolution', 'nodenext', '--lib', 'es2022', '--types', '', 'schema-check.ts'], { cwd: dir, encoding: 'utf8' });
});

test('the element: an app bundled by esbuild from the installed package draws English and Urdu charts in Chromium, its page outside the bundle\'s folder', async () => {
  const dist = join(dir, 'dist');
  await mkdir(dist, { recursive: true });
  execFileSync(bin('esbuild'), ['element-app.js', '--bundle', '--format=esm', '--minify', '--loader:.wasm=file',
    `--outdir=${dist}`, '--log-level=warning'], { cwd: dir });
  await copyFile('www/favicon.svg', join(dir, 'favicon.ico'));
  // The page is not beside the bundle: the wasm paths must follow the bundle.
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title>
<script type="module" src="dist/element-app.js"></script></head><body><pk-it-exports chart="annual"></pk-it-exports>
<div lang="ur"><pk-it-exports chart="growth"></pk-it-exports></div></body></html>`);
  const env = await start({ root: dir, headers: { 'Content-Security-Policy': STRICT_CSP } });
  try {
    const page = await env.page({ width: 800, height: 900 });
    await page.goto(`${env.url}/index.html`);
    await page.waitForFunction(() => [...document.querySelectorAll('pk-it-exports')].every((e) => e.shadowRoot.querySelector('.widget')?.dataset.state === 'ready'), null, { timeout: 30000 });
    assert.match(await page.$eval('div[lang=ur] pk-it-exports', (e) => e.shadowRoot.querySelector('.title').textContent), /[\u0600-\u06FF]/);
    const ink = await page.$eval('pk-it-exports', (e) => {
      const c = e.shadowRoot.querySelector('.frame canvas');
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n += 1;
      return { n, w: c.width, h: c.height, title: e.shadowRoot.querySelector('.title').textContent };
    });
    await page.screenshot({ path: `${OUT}/package-esbuild-app.png` });
    assert.ok(ink.w >= 300 && ink.h >= 150, `canvas ${ink.w}x${ink.h}`);
    assert.ok(ink.n > 1000, `the chart has ink (${ink.n} pixels)`);
    assert.match(ink.title, /IT|ICT/);
    assert.deepEqual(page.errors, []);
  } finally {
    await env.stop();
  }
});

// The build step that short-names the served wasm's imports and exports
// (scripts/short-names.mjs): on a small module and glue of wasm-bindgen's
// shape, the wasm and the glue are renamed alike and still link; a glue it
// cannot match fails the build instead of shipping a wasm that cannot start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SCRIPT = new URL('../../scripts/short-names.mjs', import.meta.url).pathname;
const MODULE = './x_bg.js';
const NAMES = ['__wbg_log_0123456789abcdef', '__wbg_now_fedcba9876543210'];

const str = (s) => [s.length, ...Buffer.from(s)];
/** A module importing NAMES (two functions of type () -> ()), exporting `run` which calls both. */
function wasm() {
  const types = [1, 0x60, 0, 0];
  const imports = [NAMES.length, ...NAMES.flatMap((n) => [...str(MODULE), ...str(n), 0, 0])];
  const funcs = [1, 0];
  const exports = [1, ...str('run'), 0, NAMES.length];
  const body = [0, 0x10, 0, 0x10, 1, 0x0b];
  const code = [1, body.length, ...body];
  const section = (id, bytes) => [id, bytes.length, ...bytes];
  return Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...section(1, types), ...section(2, imports),
    ...section(3, funcs), ...section(7, exports), ...section(10, code)]);
}
const glue = (names, run = 'wasm.run()') => `let wasm;
function begin(exports) {
    wasm = exports;
    ${run};
}
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
${names.map((n, i) => `        ${n}: function() {\n            calls.push(${i});\n        },`).join('\n')}
    };
    return {
        __proto__: null,
        "${MODULE}": import0,
    };
}
`;

async function files(glueText) {
  const dir = await mkdtemp(join(tmpdir(), 'short-names-'));
  const g = join(dir, 'x.js');
  const w = join(dir, 'x_bg.wasm');
  await writeFile(g, glueText);
  await writeFile(w, wasm());
  return { g, w };
}

test('short-names renames the wasm and the glue alike, and the module still links', async () => {
  const { g, w } = await files(glue(NAMES));
  await run('node', [SCRIPT, g, w]);
  const text = await readFile(g, 'utf8');
  for (const n of NAMES) assert(!text.includes(n), `${n} left in the glue`);
  const module = new WebAssembly.Module(await readFile(w));
  assert.deepEqual(WebAssembly.Module.imports(module).map((i) => [i.module, i.name]), [['m', '$0'], ['m', '$1']]);
  assert.deepEqual(WebAssembly.Module.exports(module).map((e) => e.name), ['$0']);
  assert(!text.includes('wasm.run'), 'the export read by its old name');
  // The renamed glue's import object instantiates the renamed wasm, each
  // import still bound to its own function, and the glue calls the export
  // by its new name.
  const calls = [];
  const [imports, begin] = new Function('calls', `${text}; return [__wbg_get_imports(), begin];`)(calls);
  begin(new WebAssembly.Instance(module, imports).exports);
  assert.deepEqual(calls, [0, 1]);
});

test('short-names refuses a glue that does not name every import', async () => {
  const { g, w } = await files(glue(NAMES.slice(0, 1)));
  const before = await readFile(w);
  await assert.rejects(run('node', [SCRIPT, g, w]), /__wbg_now_fedcba9876543210 found 0 times/);
  assert.deepEqual(await readFile(w), before, 'the wasm is left as it was');
});

test('short-names refuses a glue that reads an export other than as wasm.<name>', async () => {
  for (const read of ["wasm['run']()", 'const { run: go } = wasm; go()', 'Object.values(wasm)[0]()']) {
    const { g, w } = await files(glue(NAMES, read));
    const before = await readFile(w);
    await assert.rejects(run('node', [SCRIPT, g, w]), /read other than as wasm\./, read);
    assert.deepEqual(await readFile(w), before, 'the wasm is left as it was');
  }
});

// Build step: pkg/ from wasm-pack made into the npm package, three ways in
// (README, "For developers"):
//   pk-it-exports          the browser API (English build; `init()` first)
//   pk-it-exports/ur       the same with Urdu
//   pk-it-exports/element  registers <pk-it-exports> (bundled by scripts/bundle.mjs)
//   pk-it-exports/node     the API in Node, initialised from the file system
// It also makes the glue say what is wrong when a function is called before
// initialisation, and gives types that hold without the DOM library.
//   node scripts/package.mjs     (after wasm-pack; scripts/build.sh runs it)
import { readFile, writeFile, copyFile } from 'node:fs/promises';

const pkg = (f) => new URL(`../pkg/${f}`, import.meta.url);
const root = (f) => new URL(`../${f}`, import.meta.url);

/** `text` with `from` replaced by `to`, which must be there: the glue is generated, so a change in wasm-bindgen's output fails the build here rather than shipping unpatched. */
function patch(text, from, to, file) {
  if (!text.includes(from)) throw new Error(`${file}: "${from}" not found; wasm-bindgen's output changed, update scripts/package.mjs`);
  return text.replaceAll(from, to);
}

for (const name of ['pk_it_exports', 'pk_it_exports_ur']) {
  // Before init, `wasm` is a stand-in that names the fix, instead of
  // "Cannot read properties of undefined".
  const js = `${name}.js`;
  let glue = await readFile(pkg(js), 'utf8');
  if (!glue.includes('const NOT_READY')) {
    glue = patch(glue, 'let wasmModule, wasmInstance, wasm;', `const NOT_READY = new Proxy({}, { get() {
    throw new Error("pk-it-exports is not initialised: await init() (the default export) before calling it; in Node, import 'pk-it-exports/node'");
} });
let wasmModule, wasmInstance, wasm = NOT_READY;`, js);
    glue = patch(glue, 'if (wasm !== undefined) return wasm;', 'if (wasm !== NOT_READY) return wasm;', js);
    // One load for every caller. wasm-bindgen's init returns early only
    // once a load has finished: the element (which inits on import) and an
    // app's own init() on one page loaded the wasm twice, and the second
    // instance replaced the first under the Charts made with it ("memory
    // access out of bounds"). A failed load can be tried again.
    glue = patch(glue, 'async function __wbg_init(module_or_path) {', `let loading;
function __wbg_init(module_or_path) {
    return loading ??= load(module_or_path).catch((e) => {
        loading = undefined;
        throw e;
    });
}

async function load(module_or_path) {`, js);
    // A second free() does nothing, and a freed Chart says so, instead of
    // wasm-bindgen's "null pointer passed to rust".
    glue = patch(glue, `        const ptr = this.__destroy_into_raw();
        wasm.__wbg_chart_free(ptr, 0);`, `        const ptr = this.__destroy_into_raw();
        if (ptr === 0) return;
        wasm.__wbg_chart_free(ptr, 0);`, js);
    glue = patch(glue, `            throw new Error(getStringFromWasm0(arg0, arg1));`, `            const message = getStringFromWasm0(arg0, arg1);
            throw new Error(message === 'null pointer passed to rust' ? 'pk-it-exports: this Chart was freed (free()); make a new one' : message);`, js);
    await writeFile(pkg(js), glue);
  }
  // `[Symbol.dispose]` needs lib esnext.disposable (TS2339 under es2022);
  // free() does the same and needs nothing.
  const dts = `${name}.d.ts`;
  const types = (await readFile(pkg(dts), 'utf8')).replace(/^\s*\[Symbol\.dispose\]\(\): void;\n/gm, '');
  await writeFile(pkg(dts), types);
}

// Node: the English + Urdu build, read from the file system at import.
const urTypes = await readFile(pkg('pk_it_exports_ur.d.ts'), 'utf8');
const cut = urTypes.indexOf('export type InitInput');
if (cut < 0) throw new Error('pk_it_exports_ur.d.ts: no InitInput; update scripts/package.mjs');
await writeFile(pkg('node.d.ts'), `// Types of pk-it-exports/node: the API, initialised on import (no init()).
// No DOM types: this holds under lib es2022 alone.
${urTypes.slice(0, cut).trimEnd()}
`);
await writeFile(pkg('node.js'), `// pk-it-exports/node: the API (English and Urdu), initialised on import
// from the wasm beside this file. No canvas here: validate datasets, read
// the quote checks and the table, a chart's words and CSV.
import { readFileSync } from 'node:fs';
import { initSync } from './pk_it_exports_ur.js';

initSync({ module: readFileSync(new URL('./pk_it_exports_ur_bg.wasm', import.meta.url)) });

export * from './pk_it_exports_ur.js';
`);

// package.json: the version is Cargo.toml's, so the two cannot disagree.
const cargo = await readFile(root('Cargo.toml'), 'utf8');
const field = (key) => cargo.match(new RegExp(`^${key} = "([^"]*)"`, 'm'))?.[1];
const generated = JSON.parse(await readFile(pkg('package.json'), 'utf8'));
const repository = field('repository');
const meta = {
  name: 'pk-it-exports',
  version: field('version'),
  description: field('description'),
  license: field('license'),
  ...(repository ? { repository: { type: 'git', url: `git+${repository}.git` } } : {}),
  keywords: generated.keywords,
  type: 'module',
  main: './pk_it_exports.js',
  types: './pk_it_exports.d.ts',
  exports: {
    '.': { types: './pk_it_exports.d.ts', default: './pk_it_exports.js' },
    './ur': { types: './pk_it_exports_ur.d.ts', default: './pk_it_exports_ur.js' },
    './element': { types: './element.d.ts', default: './element.js' },
    './node': { types: './node.d.ts', default: './node.js' },
    // Typed as a bundler's file loader gives them (the README's esbuild lines).
    './pk_it_exports_bg.wasm': { types: './wasm.d.ts', default: './pk_it_exports_bg.wasm' },
    './pk_it_exports_ur_bg.wasm': { types: './wasm.d.ts', default: './pk_it_exports_ur_bg.wasm' },
    './dataset.schema.json': './dataset.schema.json',
    './package.json': './package.json',
  },
  files: [
    'pk_it_exports.js', 'pk_it_exports.d.ts', 'pk_it_exports_bg.wasm',
    'pk_it_exports_ur.js', 'pk_it_exports_ur.d.ts', 'pk_it_exports_ur_bg.wasm',
    'element.js', 'element.d.ts', 'messages-ur.js', 'node.js', 'node.d.ts', 'wasm.d.ts',
    'dataset.schema.json', 'CHANGELOG.md', 'README.md', 'LICENSE',
  ],
  // The element registers itself on import: a bundler must keep it.
  sideEffects: ['./element.js', './node.js'],
  engines: { node: '>=18' },
};
await writeFile(pkg('package.json'), `${JSON.stringify(meta, null, 2)}\n`);
await copyFile(root('CHANGELOG.md'), pkg('CHANGELOG.md'));
await copyFile(root('schema/dataset.schema.json'), pkg('dataset.schema.json'));
await copyFile(root('js/element.d.ts'), pkg('element.d.ts'));
await writeFile(pkg('wasm.d.ts'), `// Types of pk-it-exports/pk_it_exports_bg.wasm and pk_it_exports_ur_bg.wasm,
// imported through a bundler's file loader (esbuild's --loader:.wasm=file):
// the file's path, relative to the bundle, for setWasmUrls or init.
declare const path: string;
export default path;
`);

// Build step: the page's and the embed's JavaScript (js/) bundled and
// minified by esbuild into www/, one module per way in, so an article makes
// one request for the element (its first-draw English glue and styles
// inside) and the wasm, instead of a chain of imports. The other builds'
// glue and the Urdu messages stay separate files (www/pkg/), fetched only
// for a widget given its own data or an Urdu one.
//   node scripts/bundle.mjs
import { build, transform } from 'esbuild';
import { minify } from 'terser';
import { readFile, writeFile } from 'node:fs/promises';

/** Stylesheets imported by the element arrive as minified text. */
const cssAsText = {
  name: 'css-as-text',
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async ({ path }) => {
      const { code } = await transform(await readFile(path, 'utf8'), { loader: 'css', minify: true });
      return { contents: `export default ${JSON.stringify(code.trim())};`, loader: 'js' };
    });
  },
};

// wasm-bindgen's glue carries a fallback for browsers whose TextEncoder
// lacks encodeInto (Chrome < 74, Firefox < 66, Safari < 14.1); none of them
// runs this element (it needs private methods: Chrome 84, Firefox 90,
// Safari 15). Left out (-34 bytes of embed.js gzip), and the build fails rather than
// guess if the glue no longer reads as expected.
const ENCODE_INTO_FALLBACK = /\nif \(!\('encodeInto' in cachedTextEncoder\)\) \{\n(?: {4}.*\n|\n)*?\}\n/g;
// Likewise its stand-in for a missing FinalizationRegistry (Chrome < 84,
// Firefox < 79, Safari < 14.1: none runs this element either): -20 bytes of embed.js gzip.
const NO_FINALIZATION_REGISTRY = /\(typeof FinalizationRegistry === 'undefined'\)\n {4}\? \{ register: \(\) => \{\}, unregister: \(\) => \{\} \}\n {4}: /g;
// The first-draw glue is bundled into embed.js (the Urdu one into its kit
// file, js/kit-ur.js), where only js/kits.js calls its init, always as
// init({ module_or_path }): its handling of a bare argument or none (a
// deprecation warning, a default address) is left out too (-81 bytes of
// embed.js gzip). The other builds' glue are files a page could import, so
// they keep it. The cuts below marked "first-draw" apply to both.
const BARE_INIT_ARGUMENT = /\n {4}if \(module_or_path !== undefined\) \{\n(?: {8}.*\n)+? {4}\}\n\n {4}if \(module_or_path === undefined\) \{\n {8}.*\n {4}\}\n/g;
// The first-draw glue's init is always given an address (js/kits.js: a
// string, or what setWasmUrls was given), so it always fetches, and its
// load always gets a Response: the branches for a module or bytes given
// instead are left out (-48 bytes of embed.js gzip). A host that sends the
// wasm with another type than application/wasm still gets the slower
// fallback, warned with the browser's own error, which says what the type
// should be, instead of wasm-bindgen's paragraph (-89 bytes).
const ANY_MODULE_OR_PATH = /\n {4}if \(typeof module_or_path === 'string' \|\| .*\n {8}module_or_path = fetch\(module_or_path\);\n {4}\}\n/g;
const ANY_LOAD = /\nasync function __wbg_load\(module, imports\) \{\n(?: {4}.*\n|\n)+?\}\n/g;
const RESPONSE_LOAD = `
async function __wbg_load(module, imports) {
    if (!module.ok) {
        throw new Error(\`failed to fetch Wasm: \${module.status} \${module.statusText} fetching '\${module.url}'\`);
    }
    try {
        return await WebAssembly.instantiateStreaming(module, imports);
    } catch (e) {
        if (module.headers.get('Content-Type') === 'application/wasm') throw e;
        console.warn(e);
    }
    return WebAssembly.instantiate(await module.arrayBuffer(), imports);
}
`;
// The first-draw glue renews its TextDecoder after every 2 GiB decoded, for
// a Safari whose decoder fails past that. A widget decodes a few KB a draw
// (its labels, fonts and colours): 2 GiB is some 400,000 draws of five
// charts in one page's life. Left out, as is the `using` disposal of a
// Chart no code outside the element holds (-45 bytes of embed.js gzip).
const SAFARI_DECODER_RENEWAL = /\nconst MAX_SAFARI_DECODE_BYTES = \d+;\nlet numBytesDecoded = 0;\nfunction decodeText\(ptr, len\) \{\n(?: {4}.*\n)+?\}\n/g;
const DECODE_TEXT = `
function decodeText(ptr, len) {
    return cachedTextDecoder.decode(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}
`;
// Its DataView over the wasm memory is made again when the memory has grown:
// it asks `buffer.detached` first where a browser has it, else compares the
// buffers. Comparing is right in every browser (a grown memory's buffer is
// a new object), so the glue only compares (-18 bytes of embed.js gzip).
const DETACHED_CHECK = /cachedDataViewMemory0\.buffer\.detached === true \|\| \(cachedDataViewMemory0\.buffer\.detached === undefined && (cachedDataViewMemory0\.buffer !== wasm\.[\w$]+\.buffer)\)/g;
// Its copy of a string into the wasm has a path for a call without a
// realloc (the whole string encoded at once); every call in these glues
// passes __wbindgen_realloc (its third argument; the exports' names are
// short by then, scripts/short-names.mjs), so that path never runs: left
// out (-36 bytes of embed.js gzip), and the build fails if a call ever
// passes none.
const NO_REALLOC_PATH = /\n {4}if \(realloc === undefined\) \{\n(?: {8}.*\n)+? {4}\}\n/g;
const USING_DISPOSAL = /\nif \(Symbol\.dispose\) Chart\.prototype\[Symbol\.dispose\] = Chart\.prototype\.free;\n/g;
const modernGlue = {
  name: 'modern-glue',
  setup(b) {
    b.onLoad({ filter: /pk_it_exports\w*\.js$/ }, async ({ path }) => {
      let glue = await readFile(path, 'utf8');
      const cut = (pattern, what, by = '\n') => {
        const found = glue.match(pattern)?.length ?? 0;
        if (found !== 1) throw new Error(`${path}: expected ${what} once, found it ${found} times`);
        glue = glue.replace(pattern, by);
      };
      cut(ENCODE_INTO_FALLBACK, 'the encodeInto fallback');
      cut(NO_FINALIZATION_REGISTRY, 'the FinalizationRegistry stand-in', '');
      if (/passStringToWasm0\([^)]*\)/.test(glue.replace(/passStringToWasm0\((?:arg, malloc|\w+, wasm\.[\w$]+), (?:realloc|wasm\.[\w$]+)\)/g, ''))) {
        throw new Error(`${path}: a string passed to the wasm without realloc`);
      }
      cut(NO_REALLOC_PATH, 'the string copy without realloc');
      if (/pk_it_exports_lite(_ur)?\.js$/.test(path)) {
        cut(BARE_INIT_ARGUMENT, 'the init\'s bare-argument handling', '\n    ({ module_or_path } = module_or_path);\n');
        cut(ANY_MODULE_OR_PATH, 'the init\'s fetch of an address', '\n    module_or_path = fetch(module_or_path);\n');
        cut(ANY_LOAD, 'the load of a Response, a module or bytes', RESPONSE_LOAD);
        cut(SAFARI_DECODER_RENEWAL, 'the decoder\'s renewal for Safari', DECODE_TEXT);
        cut(USING_DISPOSAL, 'the Chart\'s disposal by `using`');
        cut(DETACHED_CHECK, 'the DataView\'s check of a detached buffer', '$1');
      }
      return { contents: glue, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  // Urdu as UTF-8, not \u escapes: a third of the bytes.
  charset: 'utf8',
  logLevel: 'warning',
  plugins: [cssAsText, modernGlue],
};

// Each entry whole: a chunk shared between them would cost an article one
// more request before its wasm is asked for. One module stays apart: the
// reading of a widget's own dataset (js/own-data.js), which the element
// imports dynamically and only a page whose widgets bring their data
// fetches, is its own file (www/own-data.js), left as an import. (esbuild's
// code splitting would do this too, but also moves its module helper into a
// shared chunk that embed.js then imports before it can run.)
const ownDataApart = {
  name: 'own-data-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/own-data\.js$/ }, ({ path }) => ({ path, external: true }));
  },
};
await build({
  ...common,
  entryPoints: ['embed', 'app', 'iframe-page', 'iframe-host', 'own-data'].map((e) => `js/${e}.js`),
  outdir: 'www',
  plugins: [cssAsText, modernGlue, ownDataApart],
});
// The builds fetched by address only when a widget needs them (js/kits.js):
// English that reads custom datasets, English + Urdu, the Urdu messages;
// and the first-draw builds' descriptions and points' words, fetched once
// their charts have drawn (js/described.js).
await build({
  ...common,
  // The glue as scripts/build.sh left it in target/www-kits (short import names).
  entryPoints: ['target/www-kits/pk_it_exports.js', 'target/www-kits/pk_it_exports_ur.js', 'js/messages-ur.js',
    'js/described-en.js', 'js/described-ur.js'],
  outdir: 'www/pkg',
  entryNames: '[name]',
});
// And the Urdu first-draw build's glue with its words (js/kit-ur.js).
await build({
  ...common,
  entryPoints: ['js/kit-ur.js'],
  outfile: 'www/pkg/pk_it_exports_lite_ur.js',
});

// The article's optional stylesheet (README, "As an element"), minified:
// its comments are for whoever edits js/host.css, not for every reader's
// download (487 -> 191 bytes gzip).
{
  const { code } = await transform(await readFile('js/host.css', 'utf8'), { loader: 'css', minify: true });
  await writeFile('www/host.css', code);
}

// Then terser over what esbuild minified: its mangler names by how often a
// name is used, which gzip rewards, and a second and third compression
// pass fold a little more (measured on embed.js: -0.4 KB gzip, then -8
// bytes, the same code). Its two
// "unsafe" rewrites are safe here: a function expression that never reads
// `this` becomes an arrow, and an object's function property a method;
// neither is ever called with `new` (wasm calls the glue's imports; the
// glue's wrappers that pass `arguments` on become methods, which have
// their own): -30 bytes of embed.js gzip. And `unsafe`, which assumes the
// built-ins are the standard ones and rewrites `String(x)` and template
// literals as `+` and `new Error(m)` as `Error(m)` (-40 bytes): the same
// results for every value the code converts (strings, numbers, booleans,
// null, Errors; never a Symbol, which only `String()` converts, nor an
// object whose valueOf differs from its toString).
//
// The modules a page loads to draw its charts start with V8's compile hint
// (Chrome 136+; other engines read a comment): their functions are
// compiled as the file streams in, on a background thread, instead of each
// on the main thread at its first call, most of them in the task that
// draws the charts once the wasm arrives. Interleaved A/Bs, that task's
// work after the wasm's last byte: -21%, -5%, -8% on the mobile profile
// (12-20 rounds), -27% unthrottled; +19 bytes of embed.js gzip. Not the
// files fetched later or only by some pages (the other builds' glue, the
// Urdu kit, own-data.js), most of whose functions a page never calls.
const EAGER = new Set(['embed', 'app', 'iframe-page'].map((e) => `www/${e}.js`));
for (const file of ['embed', 'app', 'iframe-page', 'iframe-host', 'own-data'].map((e) => `www/${e}.js`)
  .concat(['pk_it_exports', 'pk_it_exports_ur', 'pk_it_exports_lite_ur', 'messages-ur', 'described-en', 'described-ur'].map((e) => `www/pkg/${e}.js`))) {
  const { code } = await minify(await readFile(file, 'utf8'), {
    module: true,
    ecma: 2022,
    compress: { passes: 3, unsafe: true, unsafe_arrows: true, unsafe_methods: true },
    format: { ascii_only: false },
  });
  await writeFile(file, EAGER.has(file) ? `//# allFunctionsCalledOnLoad\n${code}` : code);
}

// The npm package's element (pk-it-exports/element): the same source with
// kits-package.js, readable (the app's bundler minifies), the glue and the
// Urdu files left as imports of the package's own files.
const packageLayout = {
  name: 'package-layout',
  setup(b) {
    b.onResolve({ filter: /^\.\/kits\.js$/ }, ({ resolveDir }) => ({ path: `${resolveDir}/kits-package.js` }));
    b.onResolve({ filter: /^\.\/(pk_it_exports(_ur)?|messages-ur)\.js$/ }, ({ path, importer }) =>
      (importer.endsWith('kits-package.js') ? { path, external: true } : undefined));
  },
};
await build({
  ...common,
  minify: false,
  entryPoints: ['js/embed.js'],
  outfile: 'pkg/element.js',
  plugins: [cssAsText, packageLayout],
  banner: { js: '// pk-it-exports/element: registers <pk-it-exports>. Built from js/ by scripts/bundle.mjs.' },
});
await build({ ...common, minify: false, entryPoints: ['js/messages-ur.js'], outfile: 'pkg/messages-ur.js' });

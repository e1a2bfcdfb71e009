// The wasm builds a widget can load, by name. `en`, English with the
// built-in figures (its glue in this bundle, its wasm requested as soon as
// a widget connects), is what an article needs; `full` (English that also
// reads custom datasets) and `ur` (English + Urdu, everything) are files of
// their own, fetched only for a widget given its own data or an Urdu one.
// Addresses resolve from the bundle's own URL, so the files can live on any
// path or CDN. The npm package's element uses kits-package.js instead (its
// layout, and imports a bundler follows); scripts/bundle.mjs picks one.
// Named, not a namespace import: esbuild then leaves out what no widget
// calls (the glue's initSync).
import initLite, { Chart, controls, uiText } from '../target/pkg-lite/pk_it_exports_lite.js';

const lite = { Chart, controls, uiText };

// A computed address keeps esbuild from bundling the other builds into this one.
const at = (file) => new URL(`./pkg/${file}`, import.meta.url).href;
const urls = {};

/**
 * Where the wasm files are, when not beside this module: `{ en, full, ur }`
 * URLs. Set it in the same script that imports the element; the first
 * widget reads it a microtask later.
 */
export const setWasmUrls = (given) => void Object.assign(urls, given);

/** A build whose glue is a file of its own: imported, then initialised. */
const lazy = (name, glue, wasm) => () => import(at(glue)).then(async (kit) => {
  await kit.default({ module_or_path: urls[name] ?? at(wasm) });
  return kit;
});

export const KITS = {
  en: () => Promise.resolve()
    .then(() => initLite({ module_or_path: urls.en ?? at('pk_it_exports_lite_bg.wasm') }))
    .then(() => lite),
  full: lazy('full', 'pk_it_exports.js', 'pk_it_exports_bg.wasm'),
  ur: lazy('ur', 'pk_it_exports_ur.js', 'pk_it_exports_ur_bg.wasm'),
};

/** The Urdu messages said before (or without) the wasm. */
export const urMessages = () => import(at('messages-ur.js'));

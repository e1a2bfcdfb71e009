// What an Urdu or English widget loads, by language. English (its glue in
// this bundle, its wasm requested as soon as a widget connects) is what
// every page needs; the English + Urdu build and the Urdu messages are
// files of their own, fetched only for an Urdu widget. Addresses resolve
// from the bundle's own URL, so the files can live on any path or CDN.
// The npm package's element uses kits-package.js instead (its layout, and
// imports a bundler follows); scripts/bundle.mjs picks one.
import initEn, * as en from '../pkg/pk_it_exports.js';

// A computed address keeps esbuild from bundling the Urdu files into this one.
const at = (file) => new URL(`./pkg/${file}`, import.meta.url).href;
const urls = {};

/**
 * Where the wasm files are, when not beside this module: `{ en, ur }` URLs.
 * Set it in the same script that imports the element; the first widget
 * reads it a microtask later.
 */
export const setWasmUrls = (given) => void Object.assign(urls, given);

export const KITS = {
  en: () => Promise.resolve()
    .then(() => initEn({ module_or_path: urls.en ?? new URL('./pkg/pk_it_exports_bg.wasm', import.meta.url) }))
    .then(() => en),
  ur: () => import(at('pk_it_exports_ur.js')).then(async (ur) => {
    await ur.default({ module_or_path: urls.ur ?? at('pk_it_exports_ur_bg.wasm') });
    return ur;
  }),
};

/** The Urdu messages said before (or without) the wasm. */
export const urMessages = () => import(at('messages-ur.js'));

// kits.js for the npm package (pk-it-exports/element): the same loaders in
// the package's flat layout, as imports and `new URL(…, import.meta.url)`
// literals that Vite, webpack and Rollup follow, so an app's bundler ships
// the wasm without any copying. The package's English build reads custom
// datasets too, so `en` and `full` are one module, shared with
// `import … from 'pk-it-exports'`: one wasm instance for all three.
// esbuild does not follow `new URL(…, import.meta.url)` (evanw/esbuild#795):
// there, import the wasm with `--loader:.wasm=file` and give it to
// setWasmUrls (README, "For developers").
import initEn, * as en from './pk_it_exports.js';

const urls = {};

/** See kits.js. */
export const setWasmUrls = (given) => void Object.assign(urls, given);

let english;
const loadEnglish = () => english ??= Promise.resolve()
  .then(() => initEn({ module_or_path: urls.en ?? new URL('./pk_it_exports_bg.wasm', import.meta.url) }))
  .then(() => en);

let urdu;
const loadUrdu = () => urdu ??= import('./pk_it_exports_ur.js').then(async (ur) => {
  await ur.default({ module_or_path: urls.ur ?? new URL('./pk_it_exports_ur_bg.wasm', import.meta.url) });
  return ur;
});

// The package has no first-draw builds: its Urdu build serves both Urdu kits.
export const KITS = {
  en: loadEnglish,
  full: loadEnglish,
  ur: loadUrdu,
  urLite: loadUrdu,
};

/** See kits.js: the package's builds speak for themselves. */
export const EARLY = {};

export const urMessages = () => import('./messages-ur.js');

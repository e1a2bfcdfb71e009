// The wasm builds a widget can load, by name. `en`, English with the
// built-in figures (its glue in this bundle, its wasm requested as soon as
// a widget connects), is what an article needs; `urLite`, its Urdu twin
// (js/kit-ur.js: glue and words), what an Urdu article needs; `full`
// (English that also reads custom datasets) and `ur` (English + Urdu,
// everything) are files of their own, fetched only for a widget given its
// own data (or asked for a download: js/chart.js, exporting).
// Addresses resolve from the bundle's own URL, so the files can live on any
// path or CDN. The npm package's element uses kits-package.js instead (its
// layout, and imports a bundler follows); scripts/bundle.mjs picks one.
// Named, not a namespace import: esbuild then leaves out what no widget
// calls (the glue's initSync).
import initLite, { Chart } from '../target/pkg-lite/pk_it_exports_lite.js';
import { describedAt } from './described.js';
// That build's words, the same for every reader (English, the built-in
// figures): written by Rust at build time (`cargo run --example prepare`;
// src/lib.rs, PREPARED, says why) and bundled here, so a widget shows its
// title, takeaway, controls and source while the wasm is still arriving,
// and the wasm carries neither the words nor the code that writes them.
import CONTROLS from '../src/words/prepared/controls.en.json';
import UI from '../src/words/prepared/ui.en.json';
import TEXTS from '../src/words/prepared/texts.en.json';
// And the canvas fonts its charts draw in (chart.js, warmFonts, says why).
import FONTS from '../src/words/prepared/fonts.en.json';
// And its charts' heights by the width, to size their boxes before it arrives.
import HEIGHTS from '../src/words/prepared/heights.en.json';

// A computed address keeps esbuild from bundling the other builds into this one.
const at = (file) => new URL(`./pkg/${file}`, import.meta.url).href;
const urls = {};
// Its default address made once: each widget asks for it before the wasm
// arrives (arrived()), and a URL parsed each time cost five widgets ~4 ms
// of a phone's main thread then (CPU profiles at 4x), when it is busiest.
let liteDefault;
const liteWasm = () => urls.en ?? (liteDefault ??= at('pk_it_exports_lite_bg.wasm'));

/**
 * Words at hand before a build loads, by build name: the English
 * first-draw build's `controls()`, `uiText()` and, in place of its charts'
 * `text()`, `texts`, every chart's words (chart.js, `textOf`, reads them),
 * and `heights`, every chart's heights by the width (`heightsOf`).
 * `arrived()`: truthy (its resource timing entry) once the build's wasm
 * has downloaded, as on a fast link where the page's preload beats
 * this script; the charts then follow within a task or two, and words
 * shown before them would cost the page a layout and a paint of their own
 * (unthrottled, all five charts of an article ~13 ms later). A page that
 * has not asked for the wasm yet, whose timing buffer is full, or that set
 * a relative address (setWasmUrls) reads falsy, and the words come first.
 */
export const EARLY = {
  en: {
    controls: () => CONTROLS,
    uiText: () => UI,
    texts: TEXTS,
    fonts: FONTS,
    heights: HEIGHTS,
    arrived: () => performance.getEntriesByName(liteWasm())[0],
  },
};

// Its descriptions and points' words come after the first draw (js/described.js).
const lite = { Chart, ...EARLY.en, described: describedAt(at('described-en.js')) };

/**
 * Where the wasm files are, when not beside this module: `{ en, full, ur,
 * urLite }` URLs. Set it in the same script that imports the element; the first
 * widget reads it a microtask later.
 */
export const setWasmUrls = (given) => void Object.assign(urls, given);

/** A build whose glue is a file of its own (`stem`.js): imported, then initialised. */
const lazy = (name, stem) => () => import(at(`${stem}.js`))
  .then((kit) => kit.default({ module_or_path: urls[name] ?? at(`${stem}_bg.wasm`) }).then(() => kit));

export const KITS = {
  en: () => Promise.resolve()
    .then(() => initLite({ module_or_path: liteWasm() }))
    .then(() => lite),
  full: lazy('full', 'pk_it_exports'),
  ur: lazy('ur', 'pk_it_exports_ur'),
  urLite: lazy('urLite', 'pk_it_exports_lite_ur'),
};

/**
 * The Urdu messages said before (or without) the wasm: with the Urdu
 * first-draw build's glue and words (js/kit-ur.js), which a widget of the
 * built-in figures loads anyway, else (a widget given its own data, which
 * loads the full Urdu build) as a file of their own.
 */
export const urMessages = (ownData) => import(at(ownData ? 'messages-ur.js' : 'pk_it_exports_lite_ur.js'));

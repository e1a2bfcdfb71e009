// The Urdu first-draw build, as js/kits.js loads it for Urdu widgets of the
// built-in figures: its glue, and its words prepared at build time (`cargo
// run --example prepare`, src/lib.rs, PREPARED, says why), which that wasm
// neither carries nor writes. One file (www/pkg/pk_it_exports_lite_ur.js,
// scripts/bundle.mjs), fetched by Urdu pages only, so English articles
// never download a byte of it. Every widget that loads it is Urdu (js/chart.js,
// loadKit): its words need no language.
import UI from '../src/words/prepared/ui.ur.json';
import CONTROLS from '../src/words/prepared/controls.ur.json';
import TEXTS from '../src/words/prepared/texts.ur.json';
import { describedAt } from './described.js';

export { default, Chart } from '../target/pkg-lite-ur/pk_it_exports_lite_ur.js';
export const controls = () => CONTROLS;
export const uiText = () => UI;
export const texts = TEXTS;
// Its descriptions and points' words, beside this file (www/pkg/), after the first draw.
export const described = describedAt(new URL('./described-ur.js', import.meta.url).href);
// And the sentences the embed says without the wasm (js/messages.js): an
// Urdu article fetches them with this file rather than as a file of their
// own (-241 bytes gzip and a request; js/kits.js, urMessages).
export { ur } from './messages-ur.js';

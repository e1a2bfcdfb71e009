// The few sentences the embed must be able to say without the wasm: when the
// wasm cannot load, when an attribute is wrong, when a data URL fails. Every
// other word comes from Rust. One catalogue per language, keyed by id;
// Urdu's (messages-ur.js, bundled into the Urdu first-draw kit too) loads
// only for an Urdu widget (loadMessages).

import { urMessages } from './kits.js';

const en = {
  /** The wasm failed to load; `fallback` says what the page put in its place: 'table', 'image' or null. */
  wasmFailed: (fallback) => `The interactive chart could not load. ${{
    table: 'Its figures and sources follow.',
    image: 'A static image of it follows.',
  }[fallback] ?? 'Reload the page to try again.'}`,
  drawFailed: (reason) => `This chart could not be drawn: ${reason}`,
  oneOf: (name, value, allowed) => `${name}: "${value}" is not one of ${allowed.join(', ')}`,
  range: (name, value, what, min, max) => `${name}: "${value}" is not a number of ${what} from ${min} to ${max}`,
  fontFamily: (value) => `font: "${value}" is not a CSS font family list, such as "Georgia, serif"`,
  cssPixels: 'CSS pixels',
  milliseconds: 'milliseconds',
  dataNotUsed: (reason) => `The updated figures were not used (${reason}); the chart shows the built-in figures.`,
  // Why a widget's own data could not be read: in own-data.js, which only
  // a page whose widgets bring data downloads (messages-ur.js has Urdu's).
};

export const MESSAGES = { en };

/** The catalogue for `lang`, English when there is none for it (or not yet). */
export function messages(lang) {
  return MESSAGES[lang] ?? en;
}

/**
 * The story page's one sentence of its own (app.js): its charts could not
 * run, and the build's copies stay. Kept out of `en`, which embed.js
 * bundles whole, so that an article does not download it; Urdu's is in its
 * catalogue, which loads when needed.
 */
export const pageFailed = (lang, reason) => (MESSAGES[lang]?.pageFailed ?? enPageFailed)(reason);
const enPageFailed = (reason) => `The interactive charts could not load (${reason}). The chart images, figures and checks on this page are as of its last build.`;

/** Loads `lang`'s catalogue, once, from where a widget with its own data (`ownData`) or without finds it (kits.js); English is always here. */
export const loadMessages = (lang, ownData = false) => (lang === 'ur' ? (MESSAGES.urLoad ??= urMessages(ownData).then((m) => { MESSAGES.ur = m.ur; }, () => {})
  .then(() => { MESSAGES.urSettled = true; })) : Promise.resolve());
/**
 * Whether `lang`'s catalogue has loaded (or failed to, and English stands
 * in): until then a widget in that language holds its messages, rather
 * than say them in English and then again in its own language (the
 * message line is a status region, which a screen reader reads out).
 */
export const messagesSettled = (lang) => lang !== 'ur' || MESSAGES.urSettled === true;

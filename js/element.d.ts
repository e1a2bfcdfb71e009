// Types of `pk-it-exports/element` (js/embed.js, bundled into the package
// as element.js). Importing it registers <pk-it-exports>.
import type { Dataset } from './pk_it_exports.js';

/**
 * The widget. Attributes: chart, theme, height, show-title, show-source,
 * show-controls, font, cumulative, target-reading, src, src-timeout, lang,
 * mirror (README, "Embed it"). Fires `render` after each draw and `error`
 * (an ErrorEvent) when a custom dataset is not used.
 */
export declare class PkItExports extends HTMLElement {
  /** Why the custom dataset was not used, or null. */
  dataError: Error | null;
  /**
   * Replaces the widget's figures with a custom dataset. Resolves once the
   * chart shows it; rejects with an Error naming the record and field if it
   * is invalid or cannot make the widget's chart (the widget keeps what it
   * showed). Called before the widget has drawn, it waits for the first
   * draw; on a widget not in the page it rejects.
   */
  setData(dataset: Dataset): Promise<void>;
}

/**
 * Where the wasm files are, for bundlers that do not follow
 * `new URL(…, import.meta.url)` (esbuild): URLs of pk_it_exports_bg.wasm
 * (`en`; in the package it also reads custom datasets) and
 * pk_it_exports_ur_bg.wasm (`ur`). Call it in the script that
 * imports the element, before it yields.
 */
export declare function setWasmUrls(urls: { en?: string | URL; ur?: string | URL }): void;

declare global {
  interface HTMLElementTagNameMap {
    'pk-it-exports': PkItExports;
  }
}

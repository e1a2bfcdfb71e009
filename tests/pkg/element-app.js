// The app a developer bundles with esbuild (tests/e2e/package.test.mjs):
// esbuild does not follow new URL(…, import.meta.url), so the wasm comes in
// through its file loader (--loader:.wasm=file) and goes to setWasmUrls.
import { setWasmUrls } from 'pk-it-exports/element';
import wasm from 'pk-it-exports/pk_it_exports_bg.wasm';

setWasmUrls({ en: wasm });
